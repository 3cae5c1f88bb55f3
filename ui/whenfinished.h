#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace arrscore {

// Calls then(result) on context's thread, through its event loop, once future has finished; never if
// context is deleted first. QFuture::then(context, …) in Qt 6.4 runs the continuation at once, inside the
// caller, when the future has already finished: a window would then emit its "loaded" signal from the
// very call (even its constructor) that started the work, before anyone could connect to it.
template <typename T, typename Then> void whenFinished(QObject *context, const QFuture<T> &future, Then then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace arrscore
