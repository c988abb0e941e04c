#include "support/RawHttpClient.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::bench {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

std::string httpRequest(std::string_view method, std::string_view target, std::string_view token, std::string_view json)
{
    std::string r;
    r.reserve(160 + token.size() + json.size());
    r.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if (!token.empty())
        r.append("Authorization: Bearer ").append(token).append("\r\n");
    if (!json.empty())
        r.append("Content-Type: application/json\r\nContent-Length: ").append(std::to_string(json.size())).append("\r\n");
    r.append("\r\n").append(json);
    return r;
}

// One connection: writes a request, reads its answer, and is free again.
class HttpPool::Connection final : public Poller::Client
{
public:
    explicit Connection(HttpPool &pool) : m_pool(pool) {}
    ~Connection() override { close(); }

    bool connect(std::string *error)
    {
        close();
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int on = 1;
        (void)::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        // Blocking connect: on loopback it returns at once; then the socket turns non-blocking.
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_pool.m_server), sizeof m_pool.m_server) != 0) {
            if (error)
                *error = std::string("connect: ") + std::strerror(errno);
            close();
            return false;
        }
        (void)::fcntl(m_fd, F_SETFL, O_NONBLOCK);
        m_pool.m_poller.watch(m_fd, this);
        return true;
    }

    void send(Job &&job)
    {
        m_out = std::move(job.request);
        m_written = 0;
        m_done = std::move(job.done);
        m_sentNs = nowNs();
        if (job.sentAt)
            *job.sentAt = m_sentNs;
        flush();
    }

    void ready(std::uint32_t events) override
    {
        if (events & EPOLLOUT)
            flush();
        if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
            read();
    }

private:
    void flush()
    {
        while (m_written < m_out.size()) {
            const ssize_t n = ::send(m_fd, m_out.data() + m_written, m_out.size() - m_written, MSG_NOSIGNAL);
            if (n < 0 && errno == EAGAIN) {
                m_pool.m_poller.watch(m_fd, this, true);
                return;
            }
            if (n <= 0) {
                lost();
                return;
            }
            m_written += static_cast<std::size_t>(n);
        }
        m_pool.m_poller.watch(m_fd, this, false);
    }

    void read()
    {
        char chunk[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                m_in.append(chunk, static_cast<std::size_t>(n));
                continue;
            }
            if (n < 0 && errno == EAGAIN)
                break;
            lost(); // closed by the server, or an error
            return;
        }
        takeAnswer();
    }

    // One complete answer in the buffer: handed to its caller (no pipelining, so never two).
    void takeAnswer()
    {
        const std::size_t headEnd = m_in.find("\r\n\r\n");
        if (headEnd == std::string::npos || !m_done)
            return;
        std::string head = m_in.substr(0, headEnd + 2);
        std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::size_t length = 0;
        if (const std::size_t at = head.find("\r\ncontent-length:"); at != std::string::npos)
            length = std::strtoul(head.c_str() + at + 17, nullptr, 10);
        const std::size_t total = headEnd + 4 + length;
        if (m_in.size() < total)
            return;
        Answer answer;
        answer.status = head.rfind("http/1.", 0) == 0 && head.size() > 12 ? std::atoi(head.c_str() + 9) : 0;
        answer.body = m_in.substr(headEnd + 4, length);
        answer.sentNs = m_sentNs;
        answer.answeredNs = nowNs();
        m_in.erase(0, total);
        m_pool.answered(this, std::move(answer), std::exchange(m_done, {}));
    }

    // The server closed the connection: the request in flight (if any) is answered with status 0
    // and the connection opened anew; one that cannot reconnect drops out of the pool.
    void lost()
    {
        const bool reconnected = connect(nullptr);
        m_in.clear();
        if (m_done) {
            Answer answer;
            answer.body = "connection lost";
            answer.sentNs = m_sentNs;
            answer.answeredNs = nowNs();
            m_pool.answered(reconnected ? this : nullptr, std::move(answer), std::exchange(m_done, {}));
        }
    }

    void close()
    {
        if (m_fd < 0)
            return;
        m_pool.m_poller.forget(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }

    HttpPool &m_pool;
    int m_fd = -1;
    std::string m_out;
    std::size_t m_written = 0;
    std::string m_in;
    Done m_done;
    std::int64_t m_sentNs = 0;
};

HttpPool::HttpPool(Poller &poller, const sockaddr_in &server, int connections) : m_poller(poller), m_server(server)
{
    for (int i = 0; i < connections; ++i)
        m_connections.push_back(std::make_unique<Connection>(*this));
}

HttpPool::~HttpPool() = default;

bool HttpPool::open(std::string *error)
{
    for (const auto &c : m_connections) {
        if (!c->connect(error))
            return false;
        m_idle.push_back(c.get());
    }
    return true;
}

void HttpPool::submit(std::string request, Done done, std::int64_t *sentAt)
{
    m_queue.push_back({std::move(request), std::move(done), sentAt});
    dispatch();
}

void HttpPool::dispatch()
{
    while (!m_idle.empty() && !m_queue.empty()) {
        Connection *c = m_idle.back();
        m_idle.pop_back();
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        c->send(std::move(job));
    }
}

void HttpPool::answered(Connection *connection, Answer &&answer, Done done)
{
    --m_inFlight;
    if (connection)
        m_idle.push_back(connection);
    done(std::move(answer));
    dispatch();
}

bool runUntil(Poller &poller, const std::function<bool()> &done, int timeoutMs)
{
    const std::int64_t deadline = nowNs() + std::int64_t(timeoutMs) * 1000000;
    while (!done()) {
        const std::int64_t left = (deadline - nowNs()) / 1000000;
        if (left <= 0)
            return false;
        poller.poll(static_cast<int>(std::min<std::int64_t>(left, 100)));
    }
    return true;
}

} // namespace ow::bench
