/**
 * Configuration rules every service applies the same way: development mode, and the guard that
 * keeps a server with a development default secret from starting anywhere else.
 */
package dev.microserves.support.config;
