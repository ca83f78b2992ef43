/**
 * Code every Microserves service uses in the same way and none of them owns. Nothing here knows
 * a service's domain: sub-packages hold the problem+json mapping, web plumbing (trace ids, body
 * limits, paging, ETags), the caller's identity, persistence bootstrap and standard health checks.
 */
package dev.microserves.support;
