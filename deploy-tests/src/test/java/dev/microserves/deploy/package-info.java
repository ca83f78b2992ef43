/**
 * Checks of {@code deploy/} that run without a Docker engine or a cluster: the Dockerfiles against
 * the servers the build assembles, the Kubernetes overlays as {@code kubectl kustomize} renders them
 * (offline), and the monitoring files. The servers' own files are the reference, so a server that
 * gains a fragment, a library or a port fails here until its image and manifests follow.
 */
package dev.microserves.deploy;
