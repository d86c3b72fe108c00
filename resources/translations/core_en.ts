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
    <message numerus="yes">
        <source>Tag “{tag}” added to %n customer(s).</source>
        <translation>
            <numerusform>Tag “{tag}” added to 1 customer.</numerusform>
            <numerusform>Tag “{tag}” added to %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) staged by the rules again.</source>
        <translation>
            <numerusform>1 customer staged by the rules again.</numerusform>
            <numerusform>%n customers staged by the rules again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) set to the stage “{stage}”.</source>
        <translation>
            <numerusform>1 customer set to the stage “{stage}”.</numerusform>
            <numerusform>%n customers set to the stage “{stage}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting cannot be undone: customer {id} goes with their orders (%n), follow-ups and tags. To keep the orders, use “customers erase” instead. Run again with --yes to delete.</source>
        <translation>
            <numerusform>Deleting cannot be undone: customer {id} goes with their order (1), follow-ups and tags. To keep the order, use “customers erase” instead. Run again with --yes to delete.</numerusform>
            <numerusform>Deleting cannot be undone: customer {id} goes with their orders (%n), follow-ups and tags. To keep the orders, use “customers erase” instead. Run again with --yes to delete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer {id} was deleted with %n order(s).</source>
        <translation>
            <numerusform>Customer {id} was deleted with 1 order.</numerusform>
            <numerusform>Customer {id} was deleted with %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups, feedback and WeChat adds (%n, newest first):</source>
        <translation>
            <numerusform>Follow-ups, feedback and WeChat adds (1):</numerusform>
            <numerusform>Follow-ups, feedback and WeChat adds (%n, newest first):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders (%n, newest first):</source>
        <translation>
            <numerusform>Orders (1):</numerusform>
            <numerusform>Orders (%n, newest first):</numerusform>
        </translation>
    </message>
</context>
</TS>
