<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>This PC&apos;s shop file holds %n customer(s). After joining, the window shows the hub&apos;s book instead; the shop file stays as it is, untouched (leave the hub to work on it again).

Join the hub?</source>
        <translation>
            <numerusform>This PC&apos;s shop file holds %n customer. After joining, the window shows the hub&apos;s book instead; the shop file stays as it is, untouched (leave the hub to work on it again).

Join the hub?</numerusform>
            <numerusform>This PC&apos;s shop file holds %n customers. After joining, the window shows the hub&apos;s book instead; the shop file stays as it is, untouched (leave the hub to work on it again).

Join the hub?</numerusform>
        </translation>
    </message>
</context>
</TS>
