#pragma once

#include <QByteArray>
#include <QString>

namespace yard::sessions {

// The data folder's secret for signing cookies: 32 random bytes in a file only its owner may
// read or write (0600), created on first use. Kept out of the project file, so sharing a project
// never shares the key.
namespace sessionkeyfile {

constexpr int KeyBytes = 32;

// Reads `path`, or creates it; empty with `error` on failure.
QByteArray loadOrCreate(const QString &path, QString *error);

} // namespace sessionkeyfile
} // namespace yard::sessions
