#include "interrupthandler.h"

#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace arrscore {

namespace {
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_count = 0;

extern "C" void onSignal(int)
{
    g_count = g_count + 1;
    if (g_count > 1)
        _exit(130); // the user insists
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

InterruptHandler::InterruptHandler(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) == 0) {
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &InterruptHandler::onActivated);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
}

InterruptHandler::~InterruptHandler()
{
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (g_pipe[0] >= 0) {
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
#endif
}

void InterruptHandler::onActivated()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    [[maybe_unused]] const ssize_t n = ::read(g_pipe[0], &byte, 1);
#endif
    if (m_interrupted)
        return;
    m_interrupted = true;
    Q_EMIT interruptRequested();
}

} // namespace arrscore
