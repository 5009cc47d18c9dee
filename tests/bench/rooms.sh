#!/usr/bin/env bash
# Chat-room fan-out against ws and socket.io (see peers.sh).
exec "$(dirname "$0")/peers.sh" rooms "$@"
