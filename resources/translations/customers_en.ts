<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n customer(s) exported to {path}</source>
        <translation>
            <numerusform>%n customer exported to {path}</numerusform>
            <numerusform>%n customers exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new possible duplicate pair(s) queued.</source>
        <translation>
            <numerusform>%n new possible duplicate pair queued.</numerusform>
            <numerusform>%n new possible duplicate pairs queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) rewritten without this person.</source>
        <translation>
            <numerusform>%n backup rewritten without this person.</numerusform>
            <numerusform>%n backups rewritten without this person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message numerus="yes">
        <source>Personal data erased, also from %n backup(s).</source>
        <translation>
            <numerusform>Personal data erased, also from %n backup.</numerusform>
            <numerusform>Personal data erased, also from %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>⚠ %n open complaint(s)</source>
        <translation>
            <numerusform>⚠ %n open complaint</numerusform>
            <numerusform>⚠ %n open complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>Also erase them from the %n backup(s) in the data folder (each backup is rewritten)</source>
        <translation>
            <numerusform>Also erase them from the %n backup in the data folder (each backup is rewritten)</numerusform>
            <numerusform>Also erase them from the %n backups in the data folder (each backup is rewritten)</numerusform>
        </translation>
    </message>
</context>
</TS>
