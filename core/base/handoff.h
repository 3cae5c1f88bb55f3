#pragma once

#include "base/tsanannotations.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace arrscore {

// The result of work run on a pool thread (runInBackground), for the thread that started it: whenFinished()
// hands it to a continuation on that thread's event loop, takeResult() waits for it. The value travels in a
// slot behind a QMutex locked in our own code, where ThreadSanitizer sees it, not in a QFuture: a QFuture's
// results are written on the worker and freed by whichever thread lets go last, ordered only by reference
// counts inside Qt's library, which is not built with TSan. The QFuture<void> only says when the work is done.
template <typename T> class HandOff
{
public:
    HandOff() = default; // no work: finished, with nothing to take

    // Runs work() on one of pool's threads; its return value is handed over.
    template <typename Work> static HandOff run(QThreadPool *pool, Work work);

    // Finished once the work has returned (or its pool dropped it unrun): for a QFutureWatcher.
    QFuture<void> future() const { return m_future; }
    bool isFinished() const { return m_future.isFinished(); }
    // The result once the work has returned, moved out: the first caller gets it. Nothing before that, nor
    // when the work never ran (its pool was cleared first).
    std::optional<T> take();
    // Waits for the work, then moves its result out; for work on a pool that runs all it is given.
    T takeResult();

private:
    struct Slot
    {
        QMutex mutex;
        std::optional<T> value;
    };
    template <typename Work> class Task;

    std::shared_ptr<Slot> m_slot;
    QFuture<void> m_future;
};

// The pool's side: runs the work, puts its result in the slot, then finishes the future.
template <typename T> template <typename Work> class HandOff<T>::Task : public QRunnable
{
public:
    Task(Work work, std::shared_ptr<Slot> slot) : m_work(std::move(work)), m_slot(std::move(slot))
    {
        m_promise.start();
    }
    QFuture<void> future() { return m_promise.future(); }

    void run() override
    {
        // QThreadPool::start() handed this task, built on the starting thread, to the pool thread under a QMutex
        // inside Qt's library (see HandOff::run): without the mark every capture of the work looks racy.
        ARRSCORE_HAPPENS_AFTER(this);
        T value = m_work();
        {
            const QMutexLocker lock(&m_slot->mutex);
            m_slot->value.emplace(std::move(value));
        }
        m_promise.finish();
    }

private:
    Work m_work;
    std::shared_ptr<Slot> m_slot;
    QPromise<void> m_promise;
};

template <typename T> template <typename Work> HandOff<T> HandOff<T>::run(QThreadPool *pool, Work work)
{
    HandOff handOff;
    handOff.m_slot = std::make_shared<Slot>();
    auto *task = new Task<Work>(std::move(work), handOff.m_slot); // the pool deletes it once run
    handOff.m_future = task->future();
    ARRSCORE_HAPPENS_BEFORE(task); // taken over in Task::run(), through QThreadPool's queue and QMutex
    pool->start(task);
    return handOff;
}

template <typename T> std::optional<T> HandOff<T>::take()
{
    if (!m_slot)
        return std::nullopt;
    const QMutexLocker lock(&m_slot->mutex);
    return std::exchange(m_slot->value, std::nullopt);
}

template <typename T> T HandOff<T>::takeResult()
{
    m_future.waitForFinished();
    std::optional<T> value = take();
    if (!value)
        qFatal("HandOff::takeResult: the work never ran, or its result was already taken"); // a programming error
    return std::move(*value);
}

// Runs work() on pool (the global one by default) and hands its result back through a HandOff.
template <typename Work> HandOff<std::invoke_result_t<Work &>> runInBackground(QThreadPool *pool, Work work)
{
    return HandOff<std::invoke_result_t<Work &>>::run(pool, std::move(work));
}

template <typename Work> HandOff<std::invoke_result_t<Work &>> runInBackground(Work work)
{
    return runInBackground(QThreadPool::globalInstance(), std::move(work));
}

// Calls then(result) on context's thread, through its event loop, once the work has returned; never if context
// is deleted first, nor when the work never ran. QFuture::then(context, …) in Qt 6.4 runs the continuation at
// once, inside the caller, when the future has already finished: a window would then emit its "loaded" signal
// from the very call (even its constructor) that started the work, before anyone could connect to it.
template <typename T, typename Then> void whenFinished(QObject *context, HandOff<T> handOff, Then then)
{
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handOff, then = std::move(then)]() mutable {
                         watcher->deleteLater();
                         if (std::optional<T> value = handOff.take())
                             then(std::move(*value));
                     });
    watcher->setFuture(handOff.future());
}

} // namespace arrscore
