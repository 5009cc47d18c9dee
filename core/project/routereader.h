#pragma once

#include "projecterror.h"
#include "projectmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonValue>

namespace yard::project {

class JsonObjectReader;

// Reads and checks one route of a server (CONTRACT.md, Project file). Used by ProjectReader.
class RouteReader final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)

public:
    // `baseDir` resolves relative paths (static roots, body files); empty = don't check the disk.
    RouteReader(QString baseDir, ProjectErrors &errors);

    std::optional<RouteConfig> read(const QJsonValue &value, const QString &pointer);

private:
    void readRespond(JsonObjectReader &in, RouteConfig &route);
    void readRedirect(JsonObjectReader &in, RouteConfig &route);
    void readStatic(JsonObjectReader &in, RouteConfig &route);
    void readProxy(JsonObjectReader &in, RouteConfig &route);
    void readSse(JsonObjectReader &in, RouteConfig &route);
    void readWebSocket(JsonObjectReader &in, RouteConfig &route);
    void readMethod(JsonObjectReader &in, RouteConfig &route);
    std::optional<HeaderList> readHeaders(JsonObjectReader &in, bool forUpstream);
    void checkFile(JsonObjectReader &in, const QString &key, const QString &path, bool folder);

    QString m_baseDir;
    ProjectErrors &m_errors;
};

} // namespace yard::project
