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
        <source>%n order(s) belong to customers whose personal data was erased: only their status and amounts were updated; names, phones and addresses were not imported again.</source>
        <translation>
            <numerusform>%n order belongs to a customer whose personal data was erased: only its status and amounts were updated; names, phones and addresses were not imported again.</numerusform>
            <numerusform>%n orders belong to customers whose personal data was erased: only their status and amounts were updated; names, phones and addresses were not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order could be imported: all %n row(s) have problems (see the skipped rows). Fix the file or export it again.</source>
        <translation>
            <numerusform>No order could be imported: its only row has a problem (see the skipped rows). Fix the file or export it again.</numerusform>
            <numerusform>No order could be imported: all %n rows have problems (see the skipped rows). Fix the file or export it again.</numerusform>
        </translation>
    </message>
</context>
</TS>
