/**
 * The idempotency store every service uses for the POSTs that create or move money or stock
 * ({@code Idempotency-Key}): the first request claims the key, a repeat with the same body gets
 * the stored response again ({@code Idempotent-Replayed: true}), the same key with another body a
 * 422, a repeat while the first is still running a 409. Entry point:
 * {@link dev.microserves.support.idempotency.IdempotentRequests}.
 */
package dev.microserves.support.idempotency;
