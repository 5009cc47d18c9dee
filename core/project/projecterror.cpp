#include "projecterror.h"

namespace yard::project {

QString ProjectError::toString(const QString &fileName) const {
    if (line > 0)
        return fileName + u':' + QString::number(line) + u':' + QString::number(column) + u": " +
               message;
    if (pointer.isEmpty())
        return fileName + u": " + message;
    return fileName + u": " + pointer + u": " + message;
}

QString jsonPointerToken(const QString &key) {
    QString token = key;
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

} // namespace yard::project
