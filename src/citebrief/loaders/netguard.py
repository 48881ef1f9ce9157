"""Where a fetch may connect: public internet addresses only, unless the caller allows private ones.

    client = guarded_client(allow_private=False, headers=..., timeout=15)

Feeds and article pages are third-party content: a link to http://127.0.0.1:8080/admin,
http://169.254.169.254/ (a cloud's metadata endpoint) or http://2130706433/ (127.0.0.1 written
as one number) must not make this host request it. So every connection of a guarded client is
made by :class:`_GuardedBackend`: it resolves the host name itself, refuses the connection if
any address the name resolves to is loopback, private, link-local, unique-local, multicast,
reserved, unspecified or otherwise not globally routable (an IPv4-mapped or 6to4 IPv6 address
is judged by the IPv4 address inside), and then connects to the address it checked. A name that
answers a public address to the check and 127.0.0.1 to a second lookup cannot slip through: there
is no second lookup. Decimal, octal and hex spellings (2130706433, 0177.0.0.1, 0x7f000001) are
what the system resolver turns into addresses, so they are judged as the addresses they are.

Redirects are followed by the fetcher (loaders.http), each one a new connection through here.
The Host header and TLS's SNI and certificate check still use the URL's host name: httpcore
takes them from the request, not from the address connected to.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Mapping

import httpcore
import httpx

# Text of the opt-in, for error messages (the CLI option; `fetch.allow_private` in the config).
OPT_IN_HINT = "private addresses need --allow-private-urls or fetch.allow_private = true in the config"


class BlockedAddress(Exception):
    """A connection refused because of where it would go; ``str()`` is the reason."""


def address_problem(address: str) -> str | None:
    """Why ``address`` (an IP address as text) is not a public internet address, or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ('fe80::1%eth0')
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            problem = address_problem(str(inner))
            kind = "IPv4-mapped" if ip.ipv4_mapped else "6to4"
            return f"{kind} IPv6 address of {inner}, {problem}" if problem else None
    for test, name in (("is_unspecified", "an unspecified address"), ("is_loopback", "a loopback address"),
                       ("is_link_local", "a link-local address"), ("is_multicast", "a multicast address")):
        if getattr(ip, test):
            return name
    if isinstance(ip, ipaddress.IPv6Address) and ip in _UNIQUE_LOCAL:
        return "a unique-local address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a globally routable address"
    return None


_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")


def resolve_checked(host: str, port: int) -> list[str]:
    """The addresses to connect to for ``host``, in the resolver's order, once every address it
    resolves to passed :func:`address_problem` (one bad answer refuses the name: which one a
    client would use is not ours to predict). Raises BlockedAddress, or OSError when it does not
    resolve."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        problem = address_problem(address)
        if problem:
            shown = f"{host} is" if host == address else f"{host} resolves to {address},"
            raise BlockedAddress(f"{shown} {problem}")
    return addresses


def check_url_target(url: str) -> None:
    """Refuse ``url`` now if its host is, or resolves to, an address :func:`resolve_checked`
    refuses: for a URL kept to be requested later (a watchlist's webhook), so that whoever gives
    it hears at once. The later requests still go through :func:`guarded_client`, which checks the
    address it connects to (DNS may answer differently by then). Raises BlockedAddress, or
    OSError when the host does not resolve."""
    parsed = httpx.URL(url)
    resolve_checked(parsed.host, parsed.port or (443 if parsed.scheme == "https" else 80))


class _GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to addresses it resolved and checked itself."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        try:
            addresses = resolve_checked(host, port)
        except OSError as exc:  # no such name: as httpcore reports a connection that failed
            raise httpcore.ConnectError(str(exc)) from None
        # Each checked address in turn, as socket.create_connection tries a name's addresses.
        for address in addresses[:-1]:
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except httpcore.ConnectError:
                continue
        return self._inner.connect_tcp(addresses[-1], port, timeout=timeout, local_address=local_address,
                                       socket_options=socket_options)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        raise BlockedAddress(f"{path} is a unix socket")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own defaults


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose every connection is checked (see module)."""

    def __init__(self, *, limits: httpx.Limits = _DEFAULT_LIMITS) -> None:
        super().__init__(limits=limits)
        # httpx 0.28 takes no network backend, httpcore's public pool does: replace the pool
        # the parent built with one made the same way but for the backend.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_GuardedBackend(),
        )


def allow_private_setting(allow_private: bool | None) -> bool:
    """``allow_private`` if given, else ``fetch.allow_private`` in the config file, else False."""
    if allow_private is not None:
        return allow_private
    from citebrief.config import FetchSettings, load_section

    return load_section(FetchSettings)[0].allow_private  # environment, then the config file


def guarded_client(*, allow_private: bool | None = None, headers: Mapping[str, str] | None = None,
                   timeout: float = 15.0) -> httpx.Client:
    """An httpx client for fetching third-party URLs: public addresses only unless ``allow_private``.

    Without ``allow_private`` it ignores proxy settings from the environment (a proxy would make
    the connection, so where it goes could not be checked). ``allow_private=None``: the config's
    ``fetch.allow_private`` (see :func:`allow_private_setting`)."""
    if allow_private_setting(allow_private):
        return httpx.Client(headers=dict(headers or {}), timeout=timeout)
    return httpx.Client(headers=dict(headers or {}), timeout=timeout, transport=GuardedTransport())
