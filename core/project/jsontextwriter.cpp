#include "jsontextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace yard::project {

namespace {
constexpr int LineWidth = 100;

QByteArray encodeScalar(const QJsonValue &value) {
    // Qt's own encoder does the escaping; strip the array brackets around the one value.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}
} // namespace

JsonTextNode JsonTextNode::object() {
    return JsonTextNode(Kind::Object);
}

JsonTextNode JsonTextNode::array() {
    return JsonTextNode(Kind::Array);
}

JsonTextNode JsonTextNode::scalar(const QJsonValue &value) {
    JsonTextNode node(Kind::Scalar);
    node.m_scalar = encodeScalar(value);
    return node;
}

JsonTextNode &JsonTextNode::add(const QString &key, JsonTextNode value) {
    m_members.append({key, std::move(value)});
    return *this;
}

JsonTextNode &JsonTextNode::add(const QString &key, const QJsonValue &value) {
    return add(key, scalar(value));
}

JsonTextNode &JsonTextNode::append(JsonTextNode value) {
    m_items.append(std::move(value));
    return *this;
}

QByteArray JsonTextNode::render() const {
    QByteArray out;
    renderTo(out, 0);
    out += '\n';
    return out;
}

QByteArray JsonTextNode::inlineText() const {
    switch (m_kind) {
    case Kind::Scalar:
        return m_scalar;
    case Kind::Array: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < m_items.size(); ++i)
            out += (i ? ", " : "") + m_items[i].inlineText();
        return out + ']';
    }
    case Kind::Object: {
        QByteArray out = "{";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            out += (i ? ", " : "") + encodeScalar(m_members[i].first) + ": " +
                   m_members[i].second.inlineText();
        }
        return out + '}';
    }
    }
    return {};
}

void JsonTextNode::renderTo(QByteArray &out, int indent) const {
    // The document itself always opens up; nested values stay on one line when they fit.
    if (indent > 0 || m_kind == Kind::Scalar) {
        const QByteArray text = inlineText();
        if (m_kind == Kind::Scalar || indent + text.size() <= LineWidth) {
            out += text;
            return;
        }
    }
    const QByteArray inner(indent + 2, ' ');
    const bool isObject = m_kind == Kind::Object;
    const qsizetype count = isObject ? m_members.size() : m_items.size();
    out += isObject ? "{\n" : "[\n";
    for (qsizetype i = 0; i < count; ++i) {
        out += inner;
        if (isObject) {
            out += encodeScalar(m_members[i].first) + ": ";
            m_members[i].second.renderTo(out, indent + 2);
        } else {
            m_items[i].renderTo(out, indent + 2);
        }
        out += i + 1 < count ? ",\n" : "\n";
    }
    out += QByteArray(indent, ' ') + (isObject ? '}' : ']');
}

} // namespace yard::project
