#pragma once

#include "project/projectmodel.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace yard::ui {

// Name/value rows for a route's response headers. GUI thread only.
class HeadersEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersEditor)

public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    void setHeaders(const project::HeaderList &headers);
    // Rows with an empty name are left out: they are still being typed.
    project::HeaderList headers() const;
    void retranslateUi();

Q_SIGNALS:
    void edited();

private:
    void addRow();
    void removeRow();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_loading = false;
};

} // namespace yard::ui
