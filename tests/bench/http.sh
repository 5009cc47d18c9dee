#!/usr/bin/env bash
# HTTP throughput against Express, Fastify and nginx (see peers.sh).
exec "$(dirname "$0")/peers.sh" http "$@"
