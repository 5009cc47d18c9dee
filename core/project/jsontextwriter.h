#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace yard::project {

// A JSON tree that keeps its keys in the order they were added, rendered for people: two-space
// indents, and objects or arrays that fit in the line width kept on one line. QJsonDocument
// sorts keys alphabetically, which would scatter a route's "method", "path" and "action".
class JsonTextNode final {
public:
    static JsonTextNode object();
    static JsonTextNode array();
    static JsonTextNode scalar(const QJsonValue &value);

    JsonTextNode &add(const QString &key, JsonTextNode value); // object member
    JsonTextNode &add(const QString &key, const QJsonValue &value);
    JsonTextNode &append(JsonTextNode value); // array item

    QByteArray render() const; // ends with a newline

private:
    enum class Kind { Object, Array, Scalar };
    explicit JsonTextNode(Kind kind)
        : m_kind(kind) {}
    QByteArray inlineText() const;
    void renderTo(QByteArray &out, int indent) const;

    Kind m_kind;
    QList<std::pair<QString, JsonTextNode>> m_members;
    QList<JsonTextNode> m_items;
    QByteArray m_scalar; // already JSON-encoded
};

} // namespace yard::project
