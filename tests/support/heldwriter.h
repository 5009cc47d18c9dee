#pragma once

#include <QObject>
#include <QSemaphore>
#include <memory>

// Keeps a LogWriter's thread busy from construction until release() (or the end of scope): what
// a core saturated by serving does to it. Submissions still reach the spool meanwhile.
class HeldWriter final {
public:
    explicit HeldWriter(QObject *writer) {
        auto held = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(
            writer,
            [held, release = m_release] {
                held->release();
                release->acquire();
            },
            Qt::QueuedConnection);
        held->acquire();
    }
    ~HeldWriter() { release(); }
    HeldWriter(const HeldWriter &) = delete;
    HeldWriter &operator=(const HeldWriter &) = delete;

    void release() {
        if (!m_released)
            m_release->release();
        m_released = true;
    }

private:
    // Shared with the writer's thread, which may still be waking from it when this goes.
    std::shared_ptr<QSemaphore> m_release = std::make_shared<QSemaphore>();
    bool m_released = false;
};
