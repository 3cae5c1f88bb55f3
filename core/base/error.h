#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace arrscore {

// What went wrong, in the terms a user can act on. Every failure the core reports has one.
enum class ErrorKind {
    None,
    Network,   // connection refused, host not found, timeout, reset
    Tls,       // certificate not trusted, handshake failed
    Auth,      // 401/403: the API key was refused
    NotFound,  // 404, or a URL base that leads to a web page instead of the API
    Server,    // 5xx, 429 after retries, server starting up
    Parse,     // a response that is not the JSON we expect
    Config,    // the configuration file or environment is wrong
    Storage,   // the database could not be opened, migrated or written
    Cancelled, // the user asked to stop
};

// A failure: its kind and a translated sentence that says what to do about it.
// The message never contains an API key or a password.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;

    bool isError() const { return kind != ErrorKind::None; }
};

QString errorKindName(ErrorKind kind);

// A value or an error; readers return one of these instead of throwing.
template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // The error; an Error of kind None when there is a value (so a message can be built unconditionally).
    const Error &error() const
    {
        static const Error none;
        const Error *e = std::get_if<Error>(&m_data);
        return e ? *e : none;
    }

private:
    std::variant<T, Error> m_data;
};

// The result of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace arrscore
