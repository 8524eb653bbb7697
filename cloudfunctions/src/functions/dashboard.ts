import { dashboardContract } from '@sunshine/shared';
import { dashboardOverview } from '../services/figures/dashboard';
import { defineFunction } from './defineFunction';

/** 统计分析: figures by region and period, from the rollups, drilling down from the admin's region. */
export const dashboardFunction = defineFunction(dashboardContract, {
  overview: dashboardOverview,
});
