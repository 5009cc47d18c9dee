#pragma once

#include <cstring>

namespace yard::logging::batchcoding {

// The batches' in-process encoding (LogBatch, EventBatch): plain values copied in native byte
// order, without alignment, back to back.
template <typename T> char *put(char *at, T value) {
    std::memcpy(at, &value, sizeof value);
    return at + sizeof value;
}

template <typename T> const char *get(const char *at, T &value) {
    std::memcpy(&value, at, sizeof value);
    return at + sizeof value;
}

} // namespace yard::logging::batchcoding
