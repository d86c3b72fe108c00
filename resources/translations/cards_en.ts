<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LetterEditor</name>
    <message numerus="yes">
        <source>%n card(s) printed with it</source>
        <translation>
            <numerusform>%n card printed with it</numerusform>
            <numerusform>%n cards printed with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) in all</source>
        <translation>
            <numerusform>%n version in all</numerusform>
            <numerusform>%n versions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed card(s) on.</source>
        <translation>
            <numerusform>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed card on.</numerusform>
            <numerusform>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed cards on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WeChat add(s)</source>
        <translation>
            <numerusform>%n WeChat add</numerusform>
            <numerusform>%n WeChat adds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed</source>
        <translation>
            <numerusform>%n card printed</numerusform>
            <numerusform>%n cards printed</numerusform>
        </translation>
    </message>
</context>
</TS>
