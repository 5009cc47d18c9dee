#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <utility>

namespace yard::ui {

// Runs `work` (returning R) on the global thread pool, then `done(R)` on the GUI thread if
// `receiver` still exists: for the slow user changes (PBKDF2, a database round trip) that must
// not freeze the window. QtConcurrent is not linked, hence this.
template <typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done) {
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

} // namespace yard::ui
