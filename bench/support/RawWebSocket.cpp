#include "support/RawWebSocket.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::bench {

WebSocketReader::WebSocketReader(Poller &poller, const sockaddr_in &server, std::string target, OnText onText)
    : m_poller(poller), m_server(server), m_target(std::move(target)), m_onText(std::move(onText))
{}

WebSocketReader::~WebSocketReader()
{
    if (m_fd >= 0) {
        m_poller.forget(m_fd);
        ::close(m_fd);
    }
}

bool WebSocketReader::open(std::string *error)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_server), sizeof m_server) != 0) {
        *error = std::string("connect: ") + std::strerror(errno);
        return false;
    }
    // The key is fixed: the server only echoes its digest, which a benchmark need not check.
    const std::string upgrade = "GET " + m_target
                                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (::send(m_fd, upgrade.data(), upgrade.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(upgrade.size())) {
        *error = std::string("send: ") + std::strerror(errno);
        return false;
    }
    (void)::fcntl(m_fd, F_SETFL, O_NONBLOCK);
    m_poller.watch(m_fd, this);
    return true;
}

void WebSocketReader::ready(std::uint32_t)
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
        readFrames(); // what came before the close still counts
        fail("connection closed by the server");
        return;
    }
    if (!m_upgraded) {
        const std::size_t headEnd = m_in.find("\r\n\r\n");
        if (headEnd == std::string::npos)
            return;
        if (m_in.rfind("HTTP/1.1 101", 0) != 0) {
            fail("upgrade refused: " + m_in.substr(0, m_in.find("\r\n")));
            return;
        }
        m_upgraded = true;
        m_in.erase(0, headEnd + 4);
    }
    readFrames();
}

// Server frames are never masked (RFC 6455 5.1). Text and continuation frames make messages;
// a close frame ends the stream; the server sends no pings, so other control frames are skipped.
void WebSocketReader::readFrames()
{
    std::size_t at = 0;
    while (m_upgraded && m_in.size() - at >= 2) {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(m_in[at + i]); };
        const bool fin = byte(0) & 0x80;
        const int opcode = byte(0) & 0x0f;
        std::size_t header = 2;
        std::uint64_t length = byte(1) & 0x7f;
        if (length == 126) {
            header = 4;
            if (m_in.size() - at < header)
                break;
            length = (std::uint64_t(byte(2)) << 8) | byte(3);
        } else if (length == 127) {
            header = 10;
            if (m_in.size() - at < header)
                break;
            length = 0;
            for (std::size_t i = 2; i < 10; ++i)
                length = (length << 8) | byte(i);
        }
        if (m_in.size() - at < header + length)
            break;
        const std::string_view payload(m_in.data() + at + header, length);
        at += header + length;
        if (opcode == 0x8) {
            fail("close frame");
            break;
        }
        if (opcode != 0x1 && opcode != 0x0)
            continue;
        if (fin && m_message.empty()) {
            m_onText(payload); // the common case: one frame, no copy
        } else {
            m_message.append(payload);
            if (fin) {
                m_onText(m_message);
                m_message.clear();
            }
        }
    }
    m_in.erase(0, at);
}

void WebSocketReader::fail(std::string problem)
{
    if (m_closed)
        return;
    m_closed = true;
    m_problem = std::move(problem);
    m_poller.forget(m_fd);
}

} // namespace ow::bench
