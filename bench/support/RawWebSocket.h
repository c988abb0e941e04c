#pragma once

#include "support/Poller.h"

#include <functional>
#include <string>
#include <string_view>

#include <netinet/in.h>

namespace ow::bench {

// The receiving end of a WebSocket (RFC 6455), as a hall display is: the upgrade handshake, then
// every text message handed to `onText` as it completes. It sends nothing after the handshake.
class WebSocketReader final : public Poller::Client
{
public:
    using OnText = std::function<void(std::string_view)>;
    WebSocketReader(Poller &poller, const sockaddr_in &server, std::string target, OnText onText);
    ~WebSocketReader() override;
    WebSocketReader(const WebSocketReader &) = delete;
    WebSocketReader &operator=(const WebSocketReader &) = delete;

    // Connects and sends the upgrade request; the answer is read as the poller runs.
    bool open(std::string *error);
    bool upgraded() const { return m_upgraded; }
    // The server closed the stream (a close frame, a refused upgrade or a lost connection);
    // `problem()` says how.
    bool closed() const { return m_closed; }
    const std::string &problem() const { return m_problem; }

    void ready(std::uint32_t events) override;

private:
    void readFrames();
    void fail(std::string problem);

    Poller &m_poller;
    sockaddr_in m_server;
    std::string m_target;
    OnText m_onText;
    int m_fd = -1;
    bool m_upgraded = false;
    bool m_closed = false;
    std::string m_problem;
    std::string m_in;
    std::string m_message; // a fragmented message so far
};

} // namespace ow::bench
