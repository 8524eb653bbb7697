import { useMemo } from 'react';
import { requestKeysFor } from '@sunshine/shared';
import { newRequestId } from '../pages/editor/requestId';

/** One request key per form content, kept across re-renders (see `requestKeysFor`). */
export const useRequestKey = () => useMemo(() => requestKeysFor(newRequestId), []);
