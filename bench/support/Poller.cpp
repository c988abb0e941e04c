#include "support/Poller.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <sys/epoll.h>
#include <unistd.h>

namespace ow::bench {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Poller::Poller() : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        std::perror("epoll_create1");
        std::abort();
    }
}

Poller::~Poller()
{
    ::close(m_epoll);
}

void Poller::watch(int fd, Client *client, bool writable)
{
    epoll_event ev{};
    ev.events = EPOLLIN | (writable ? EPOLLOUT : 0u);
    ev.data.ptr = client;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) != 0 && errno == ENOENT)
        (void)::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
}

void Poller::forget(int fd)
{
    (void)::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

int Poller::poll(int timeoutMs)
{
    epoll_event events[256];
    const int n = ::epoll_wait(m_epoll, events, 256, timeoutMs);
    for (int i = 0; i < n; ++i)
        static_cast<Client *>(events[i].data.ptr)->ready(events[i].events);
    return n < 0 ? 0 : n;
}

} // namespace ow::bench
