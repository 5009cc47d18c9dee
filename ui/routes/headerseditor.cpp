#include "headerseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace yard::ui {

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this)) {
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 130);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 6);
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_add->setAutoRaise(true);
    m_remove->setAutoRaise(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &HeadersEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &HeadersEditor::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    retranslateUi();
}

void HeadersEditor::retranslateUi() {
    m_table->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_table->setAccessibleName(tr("Response headers"));
    m_add->setToolTip(tr("Add a header"));
    m_add->setAccessibleName(tr("Add a header"));
    m_remove->setToolTip(tr("Remove the selected header"));
    m_remove->setAccessibleName(tr("Remove the selected header"));
}

void HeadersEditor::setHeaders(const project::HeaderList &headers) {
    if (headers == this->headers())
        return; // keeps the cell being edited
    m_loading = true;
    m_table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(headers[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(headers[row].second));
    }
    m_loading = false;
}

project::HeaderList HeadersEditor::headers() const {
    project::HeaderList headers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            headers.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    return headers;
}

void HeadersEditor::addRow() {
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void HeadersEditor::removeRow() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

} // namespace yard::ui
