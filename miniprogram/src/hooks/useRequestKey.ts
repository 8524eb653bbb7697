import { useMemo } from 'react';
import { requestKeysFor } from '@sunshine/shared/model';

/** Random enough for one resident's forms; getRandomValues is not in every WeChat base library. */
const newRequestId = () => `mp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`;

/** One request key per form content, kept across re-renders (see `requestKeysFor`). */
export const useRequestKey = () => useMemo(() => requestKeysFor(newRequestId), []);
