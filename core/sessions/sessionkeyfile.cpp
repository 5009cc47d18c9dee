#include "sessionkeyfile.h"

#include "sessioncrypto.h"

#include <QCoreApplication>
#include <QFile>

namespace yard::sessions::sessionkeyfile {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::sessions::SessionKeyFile)
};

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

QByteArray loadOrCreate(const QString &path, QString *error) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray key = file.readAll();
        if (key.size() != KeyBytes) {
            *error =
                Text::tr("%1 is not a session key (%2 bytes, expected %3); delete it to make a new "
                         "one (every session ends)")
                    .arg(path)
                    .arg(key.size())
                    .arg(KeyBytes);
            return {};
        }
        if (file.permissions() & GroupOrOther)
            file.setPermissions(OwnerOnly); // someone widened it: narrow it again
        return key;
    }
    // Created 0600 from the start (open() with permissions, Qt 6.3). NewOnly: if another
    // process creates the key at the same moment, this one fails instead of overwriting it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        *error = Text::tr("cannot create %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray key = crypto::randomBytes(KeyBytes);
    if (file.write(key) != key.size() || !file.flush()) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return {};
    }
    return key;
}

} // namespace yard::sessions::sessionkeyfile
