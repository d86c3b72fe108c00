<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>Preparing %n file…</numerusform>
            <numerusform>Preparing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: {ok} of %n file(s) imported.</source>
        <translation>
            <numerusform>Done: {ok} of %n file imported.</numerusform>
            <numerusform>Done: {ok} of %n files imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message numerus="yes">
        <source>%n order(s) belong to people whose personal data was erased at their request: the orders count, but no name, phone or address was stored again.</source>
        <translation>
            <numerusform>%n order belongs to a person whose personal data was erased at their request: the order counts, but no name, phone or address was stored again.</numerusform>
            <numerusform>%n orders belong to people whose personal data was erased at their request: the orders count, but no name, phone or address was stored again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order could be imported: all %n row(s) have problems (see the skipped rows). Fix the file or export it again.</source>
        <translation>
            <numerusform>No order could be imported: its only row has a problem (see the skipped rows). Fix the file or export it again.</numerusform>
            <numerusform>No order could be imported: all %n rows have problems (see the skipped rows). Fix the file or export it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to people whose personal data was erased at their request: they were not imported.</source>
        <translation>
            <numerusform>%n row belongs to a person whose personal data was erased at their request: it was not imported.</numerusform>
            <numerusform>%n rows belong to people whose personal data was erased at their request: they were not imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
