#include "base/error.h"

#include <QCoreApplication>

namespace arrscore {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::Parse:
        return QStringLiteral("parse");
    case ErrorKind::Config:
        return QStringLiteral("config");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace arrscore
