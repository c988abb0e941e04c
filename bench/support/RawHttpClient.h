#pragma once

#include "support/Poller.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <netinet/in.h>

namespace ow::bench {

// The loopback address and port a benchmark's server listens on.
sockaddr_in loopback(std::uint16_t port);

// The bytes of one HTTP/1.1 request; a JSON body when `json` is not empty, a bearer token when
// `token` is not.
std::string httpRequest(std::string_view method, std::string_view target, std::string_view token = {},
                        std::string_view json = {});

// A pool of keep-alive HTTP/1.1 connections to one server, each a plain request/answer loop (no
// pipelining, as a kiosk or a teller's desk talks), fed from one queue in the order requests
// were submitted. Only what a load generator needs: status line, Content-Length, body.
class HttpPool
{
public:
    struct Answer
    {
        int status = 0; // 0: the connection was lost before the answer came
        std::string body;
        std::int64_t sentNs = 0; // when the request was written to the socket
        std::int64_t answeredNs = 0;
        double ms() const { return static_cast<double>(answeredNs - sentNs) / 1e6; }
    };
    using Done = std::function<void(Answer &&)>;

    HttpPool(Poller &poller, const sockaddr_in &server, int connections);
    ~HttpPool();

    // Connects every connection; false (with the reason in `error`) if one cannot.
    bool open(std::string *error);
    // Queues a request; `done` runs once its answer is read. `sentAt`, if given, receives the
    // time the request is written, for whoever must time something the request causes
    // elsewhere before its answer arrives (a display event).
    void submit(std::string request, Done done, std::int64_t *sentAt = nullptr);
    // Requests queued or in flight.
    std::size_t outstanding() const { return m_queue.size() + m_inFlight; }
    std::size_t inFlight() const { return m_inFlight; }

private:
    class Connection;
    struct Job
    {
        std::string request;
        Done done;
        std::int64_t *sentAt;
    };
    void dispatch();
    void answered(Connection *connection, Answer &&answer, Done done);

    Poller &m_poller;
    sockaddr_in m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<Connection *> m_idle;
    std::deque<Job> m_queue;
    std::size_t m_inFlight = 0;
};

// Runs `poller` until `done()` or `timeoutMs` have passed; false on the timeout.
bool runUntil(Poller &poller, const std::function<bool()> &done, int timeoutMs);

} // namespace ow::bench
