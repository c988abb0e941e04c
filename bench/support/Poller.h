#pragma once

#include <cstdint>

namespace ow::bench {

// Nanoseconds on the monotonic clock: every timestamp a load generator compares.
std::int64_t nowNs();

// A minimal epoll loop for load generators: one thread, level-triggered, no timers. Qt's event
// loop polls every socket on every turn and wraps each read in signals; with hundreds of
// connections a driver built on it would share the server's two cores unfairly.
class Poller
{
public:
    class Client
    {
    public:
        virtual ~Client() = default;
        virtual void ready(std::uint32_t events) = 0; // EPOLLIN / EPOLLOUT / EPOLLHUP / EPOLLERR
    };

    Poller();
    ~Poller();
    Poller(const Poller &) = delete;
    Poller &operator=(const Poller &) = delete;

    // Starts or changes watching `fd` for reading, and for writing too while `writable`.
    void watch(int fd, Client *client, bool writable = false);
    void forget(int fd);
    // Waits up to `timeoutMs` for sockets to become ready and hands each to its client.
    // Returns how many were.
    int poll(int timeoutMs);

private:
    int m_epoll;
};

} // namespace ow::bench
