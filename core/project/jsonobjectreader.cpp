#include "jsonobjectreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace yard::project {

namespace {
QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return JsonObjectReader::tr("a boolean");
    case QJsonValue::Double:
        return JsonObjectReader::tr("a number");
    case QJsonValue::String:
        return JsonObjectReader::tr("a string");
    case QJsonValue::Array:
        return JsonObjectReader::tr("an array");
    case QJsonValue::Object:
        return JsonObjectReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonObjectReader::tr("nothing");
}
} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString pointer,
                                   ProjectErrors &errors)
    : m_object(object)
    , m_pointer(std::move(pointer))
    , m_errors(errors) {}

QString JsonObjectReader::pointerTo(const QString &key) const {
    return m_pointer + u'/' + jsonPointerToken(key);
}

void JsonObjectReader::error(const QString &key, const QString &message) {
    m_errors.append({key.isEmpty() ? m_pointer : pointerTo(key), message});
}

const QJsonValue *JsonObjectReader::fetch(const QString &key, Need need, const QString &expected) {
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Need::Required)
            m_errors.append({m_pointer, tr("\"%1\" is missing; add it (%2)").arg(key, expected)});
        return nullptr;
    }
    m_current = it.value();
    return &m_current;
}

std::optional<QString> JsonObjectReader::string(const QString &key, Need need) {
    const QJsonValue *value = fetch(key, need, tr("a string"));
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        error(key, tr("must be a string, not %1").arg(typeName(*value)));
        return std::nullopt;
    }
    return value->toString();
}

std::optional<bool> JsonObjectReader::boolean(const QString &key) {
    const QJsonValue *value = fetch(key, Need::Optional, tr("true or false"));
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        error(key, tr("must be true or false, not %1").arg(typeName(*value)));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<int> JsonObjectReader::integer(const QString &key, int min, int max,
                                             const QString &range, Need need) {
    const QJsonValue *value = fetch(key, need, tr("a whole number"));
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || std::floor(number) != number) {
        error(key, tr("must be a whole number, not %1")
                       .arg(value->isDouble() ? QString::number(number) : typeName(*value)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        error(key, tr("%1 is out of range (use %2)").arg(QString::number(number, 'f', 0), range));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Need need) {
    const QJsonValue *value = fetch(key, need, tr("an object"));
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        error(key, tr("must be an object {…}, not %1").arg(typeName(*value)));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Need need) {
    const QJsonValue *value = fetch(key, need, tr("an array"));
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        error(key, tr("must be an array […], not %1").arg(typeName(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

void JsonObjectReader::rejectUnknownKeys(const QString &context) {
    QStringList known(m_seen.cbegin(), m_seen.cend());
    std::sort(known.begin(), known.end());
    for (const QString &key : m_object.keys()) {
        if (m_seen.contains(key))
            continue;
        error(key, tr("\"%1\" is not a setting of %2; remove it or use one of: %3")
                       .arg(key, context, known.join(QStringLiteral(", "))));
    }
}

} // namespace yard::project
