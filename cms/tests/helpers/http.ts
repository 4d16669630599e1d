/** Minimal HTTP helpers for talking to the CMS under test (one implementation with the benchmarks). */
export {
  adminLogin,
  requestJson as request,
  type JsonResponse,
} from '../../../scripts/src/cms-admin-api.ts';
