import type { Core } from '@strapi/strapi';

/** Koa's types as Strapi exposes them (the app has no direct dependency on koa). */
export type Context = Parameters<Core.MiddlewareHandler>[0];
export type Next = Parameters<Core.MiddlewareHandler>[1];
