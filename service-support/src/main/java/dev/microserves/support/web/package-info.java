/**
 * HTTP plumbing shared by every service's web layer: W3C trace ids on every request and response
 * (and on outgoing REST client calls), the request body size limit, strict JSON reading (bodies
 * are objects; whole-number fields take whole numbers only), paging and ETag helpers.
 */
package dev.microserves.support.web;
