"""This PC's addresses on the shop's local network (LAN), for the hub it runs to listen on.

Only private IPv4 addresses count (192.168.x, 10.x, 172.16–31.x): a PC with a public address
never offers the hub to the internet, and loopback and link-local (169.254.x, a cable with no
router) are left out. The operating system is asked for its addresses with their network sizes,
without sending anything on the network: ``ip -j addr`` on Linux, PowerShell's
``Get-NetIPAddress`` on Windows (its JSON reads the same in every display language, unlike
``ipconfig``), ``ifconfig`` on macOS; when none answers, the addresses the PC's own name resolves
to, each taken as a /24 network (what a home or shop router hands out).
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import subprocess
import sys

Interface = ipaddress.IPv4Interface


def is_lan(interface: Interface) -> bool:
    """A private, routable-on-the-LAN address: not loopback, link-local or unspecified."""
    ip = interface.ip
    return ip.is_private and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified
                                  or ip.is_multicast)


def lan_interfaces() -> list[Interface]:
    """This PC's LAN addresses with their networks (``192.168.1.5/24``), each once, in the order
    the system lists them; empty when the PC is on no network."""
    found: list[Interface] = []
    for interface in _system_interfaces():
        if is_lan(interface) and interface not in found:
            found.append(interface)
    return found


def _system_interfaces() -> list[Interface]:
    try:
        if sys.platform.startswith("linux"):
            return parse_ip_json(_output(["ip", "-j", "-4", "addr"]))
        if sys.platform == "win32":
            query = "Get-NetIPAddress -AddressFamily IPv4 | Select-Object IPAddress,PrefixLength | ConvertTo-Json"
            return parse_powershell_json(_output(["powershell", "-NoProfile", "-NonInteractive", "-Command", query]))
        if sys.platform == "darwin":
            return parse_ifconfig(_output(["ifconfig"]))
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    return _by_host_name()


def _output(command: list[str]) -> str:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    done = subprocess.run(command, capture_output=True, timeout=20, check=True, creationflags=flags)
    return done.stdout.decode("utf-8", errors="replace")


def _by_host_name() -> list[Interface]:
    try:
        names = socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        return []
    return [Interface(f"{name}/24") for name in names]


def parse_ip_json(text: str) -> list[Interface]:
    """``ip -j -4 addr``: a list of links, each with ``addr_info`` [{local, prefixlen}]."""
    return [Interface(f"{a['local']}/{a['prefixlen']}")
            for link in json.loads(text) for a in link.get("addr_info", [])
            if a.get("family", "inet") == "inet" and "local" in a]


def parse_powershell_json(text: str) -> list[Interface]:
    """``Get-NetIPAddress … | ConvertTo-Json``: one object, or a list of them."""
    data = json.loads(text or "[]")
    rows = data if isinstance(data, list) else [data]
    return [Interface(f"{r['IPAddress']}/{r['PrefixLength']}") for r in rows]


def parse_ifconfig(text: str) -> list[Interface]:
    """macOS ``ifconfig``: ``inet 192.168.1.5 netmask 0xffffff00 broadcast …``."""
    found = []
    for address, mask in re.findall(r"\binet (\d+\.\d+\.\d+\.\d+) netmask (0x[0-9a-f]+)", text):
        found.append(Interface(f"{address}/{bin(int(mask, 16)).count('1')}"))
    return found
