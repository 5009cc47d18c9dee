#pragma once

#include "project/projecterror.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace yard::ui {

// The messages under the fields of a form, keyed by the route's JSON key ("status", "to"):
// `yardmaster check`'s words, placed where the mistake is.
class FieldErrors final {
public:
    // Adds a hidden message row under the row of `field` in `layout`.
    QLabel *add(QFormLayout *layout, const QString &key);
    // Shows each error whose key is known; returns the ones that belong to no field here.
    project::ProjectErrors show(const QHash<QString, QString> &byKey);
    void clear();

    static QLabel *makeLabel(QWidget *parent);

private:
    QHash<QString, std::pair<QFormLayout *, QLabel *>> m_labels; // by key: its form and label
};

} // namespace yard::ui
