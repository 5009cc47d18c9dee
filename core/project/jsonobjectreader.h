#pragma once

#include "projecterror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace yard::project {

// Reads the fields of one JSON object, recording a ProjectError (with the field's JSON pointer)
// for every wrong type, missing required key or value out of range, and, at finish(), for every
// key nobody asked for. Reading goes on after an error so that a file's mistakes all show at once.
class JsonObjectReader final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)

public:
    JsonObjectReader(const QJsonObject &object, QString pointer, ProjectErrors &errors);

    enum class Need { Optional, Required };

    bool has(const QString &key) const { return m_object.contains(key); }
    QString pointer() const { return m_pointer; }
    QString pointerTo(const QString &key) const;

    std::optional<QString> string(const QString &key, Need need = Need::Optional);
    std::optional<bool> boolean(const QString &key);
    // An integer in [min, max]; `range` completes "… is out of range (use …)".
    std::optional<int> integer(const QString &key, int min, int max, const QString &range,
                               Need need = Need::Optional);
    std::optional<QJsonObject> object(const QString &key, Need need = Need::Optional);
    std::optional<QJsonArray> array(const QString &key, Need need = Need::Optional);

    // Marks a key as known without reading it (its value is checked elsewhere).
    void accept(const QString &key) { m_seen.insert(key); }
    void error(const QString &key, const QString &message);

    // `context` names the object for the message, e.g. "a redirect route".
    void rejectUnknownKeys(const QString &context);

private:
    const QJsonValue *fetch(const QString &key, Need need, const QString &expected);

    QJsonObject m_object;
    QString m_pointer;
    ProjectErrors &m_errors;
    QSet<QString> m_seen;
    QJsonValue m_current;
};

} // namespace yard::project
