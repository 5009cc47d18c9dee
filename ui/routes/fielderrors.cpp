#include "fielderrors.h"

#include <QFormLayout>
#include <QLabel>

namespace yard::ui {

QLabel *FieldErrors::makeLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that stays readable on light and dark palettes.
    label->setStyleSheet(QStringLiteral("QLabel { color: #d0342c; }"));
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->hide();
    return label;
}

QLabel *FieldErrors::add(QFormLayout *layout, const QString &key) {
    QLabel *label = makeLabel(layout->parentWidget());
    label->setObjectName(QStringLiteral("error_") + key);
    layout->addRow(QString(), label);
    layout->setRowVisible(label, false);
    m_labels.insert(key, {layout, label});
    return label;
}

project::ProjectErrors FieldErrors::show(const QHash<QString, QString> &byKey) {
    project::ProjectErrors unplaced;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString message = byKey.value(it.key());
        const auto &[form, label] = it.value();
        label->setText(message);
        form->setRowVisible(label, !message.isEmpty());
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (!m_labels.contains(it.key()))
            unplaced.append({it.key(), it.value()});
    }
    return unplaced;
}

void FieldErrors::clear() {
    show({});
}

} // namespace yard::ui
