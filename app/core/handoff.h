#pragma once

// Every hand-off of work from one thread to another's event loop goes through here. In ordinary
// builds these are QMetaObject::invokeMethod and nothing more. Under ThreadSanitizer
// (./scripts/test --tsan) they also tell TSan about the ordering Qt's event queue gives: Debian's
// Qt is not instrumented, so TSan cannot see the mutex inside QCoreApplication::postEvent and
// reports every read of a posted functor's captures on the receiving thread as a race. Rather
// than suppress those reports (which would hide real races in the same code), the functor
// publishes itself when it is moved into Qt's slot object, after every write the posting thread
// made to what it carries, and the receiving thread acquires it before the first read.

#include <QObject>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#define MIRAGET_HANDOFF_ANNOTATED 1
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace handoff {

#if MIRAGET_HANDOFF_ANNOTATED
// A functor that carries the happens-before edge with it: released by the constructor that puts it
// where the other thread will find it, acquired before it runs or is destroyed there.
template<typename F> class Annotated
{
public:
    explicit Annotated(F f)
        : m_f(std::move(f))
    {
        __tsan_release(this);
    }
    Annotated(Annotated &&other) noexcept
        : m_f(std::move(other.m_f))
    {
        __tsan_release(this);
    }
    Annotated(const Annotated &other)
        : m_f(other.m_f)
    {
        __tsan_release(this);
    }
    Annotated &operator=(const Annotated &) = delete;
    ~Annotated() { __tsan_acquire(this); }
    // Qt destroys the functor on whichever thread drops the last reference to it, which can be
    // the posting thread after this has run: what running it wrote is published for that too.
    void operator()()
    {
        __tsan_acquire(this);
        m_f();
        __tsan_release(this);
    }

private:
    F m_f;
};
#endif

// `f`, carrying the edge under TSan: for hand-offs that are not an invokeMethod (QThreadPool::start).
template<typename F> auto carried(F &&f)
{
#if MIRAGET_HANDOFF_ANNOTATED
    return Annotated<std::decay_t<F>>(std::forward<F>(f));
#else
    return std::decay_t<F>(std::forward<F>(f));
#endif
}

// Runs `f` on `target`'s thread, later (Qt::QueuedConnection); dropped if `target` is deleted first.
template<typename F> void queue(QObject *target, F &&f)
{
    QMetaObject::invokeMethod(target, carried(std::forward<F>(f)), Qt::QueuedConnection);
}

// Runs `f` on `target`'s thread and waits for it (Qt::BlockingQueuedConnection): what `f` wrote is
// visible to the caller afterwards. Never call it on `target`'s own thread (it would deadlock).
template<typename F> void runAndWait(QObject *target, F &&f)
{
#if MIRAGET_HANDOFF_ANNOTATED
    char finished = 0;
    QMetaObject::invokeMethod(target, Annotated([&f, &finished] {
        f();
        __tsan_release(&finished);
    }),
        Qt::BlockingQueuedConnection);
    __tsan_acquire(&finished);
#else
    QMetaObject::invokeMethod(target, std::forward<F>(f), Qt::BlockingQueuedConnection);
#endif
}

} // namespace handoff
