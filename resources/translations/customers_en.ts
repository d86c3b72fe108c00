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
</TS>
