<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>Backup restored: the shop holds %n customer(s).</source>
        <translation>
            <numerusform>Backup restored: the shop holds %n customer.</numerusform>
            <numerusform>Backup restored: the shop holds %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>version {n} of {count} · %n card(s) printed · WeChat adds: {rate}</source>
        <translation>
            <numerusform>version {n} of {count} · %n card printed · WeChat adds: {rate}</numerusform>
            <numerusform>version {n} of {count} · %n cards printed · WeChat adds: {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed with it · WeChat adds: {rate}</source>
        <translation>
            <numerusform>%n card printed with it · WeChat adds: {rate}</numerusform>
            <numerusform>%n cards printed with it · WeChat adds: {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {n} · written {when} · %n card(s) printed · WeChat adds: {rate}</source>
        <translation>
            <numerusform>version {n} · written {when} · %n card printed · WeChat adds: {rate}</numerusform>
            <numerusform>version {n} · written {when} · %n cards printed · WeChat adds: {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
</TS>
