<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>&amp;Acceleratori</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Lettura del catalogo di Windows ML...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>Installazione del provider di esecuzione... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>Nessun catalogo di Windows ML su questo computer (serve Windows 11 con il pacchetto windowsml)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}: installato</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>Installa {provider} ({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>Installare {provider}?</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML scaricherà e installerà il provider di esecuzione {provider} (versione {version}, certificato per questo computer).

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML scaricherà e installerà il provider di esecuzione {provider} (versione {version}, non certificato per questo computer).

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>Origine: {source}; pacchetto {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>È l&apos;unico caso in cui l&apos;app chiede a Windows di usare la rete. Installarlo ora?</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>Installazione di {provider} tramite Windows ML...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider} è installato, ma onnxruntime lo ha rifiutato: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} installato e registrato: il rilevamento riparte su di esso</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>Chiedimi qualsiasi cosa, ad esempio: scrivi una breve poesia su questo stand.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>Tutti e tre funzionano su questo laptop ({devices}). Nessun dato ne esce.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}: sottotitoli in tempo reale</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp contro onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>Elenca tre usi della fotocamera di un portatile.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>Confronta le risposte: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>Chiedi a entrambi</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>Fai questa domanda a entrambi i lati (Invio)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>prima parola {ms} ms · {rate} token/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/s</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>Riscaldamento di entrambi i lati...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} ha risposto {ratio}x più velocemente di {slow} ({fast_rate} contro {slow_rate} token/s)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>Risposta, un lato dopo l&apos;altro...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>Elimina la chat selezionata da questo computer</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Esporta...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>Salva la chat selezionata in formato Markdown</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Elimina chat</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>Eliminare questa conversazione da questo computer?</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Esporta la chat in Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>Chat esportata in {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · contesto {context} · {engine} su {device}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>Motore di inferenza: Auto usa onnxruntime-genai dove una variante del modello raggiunge la NPU o la GPU, altrimenti il motore più veloce su questa CPU (misurato una volta); llama.cpp per un file GGUF</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}: non disponibile</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>Modello (Ctrl+Shift+O apre un file GGUF)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>nessun modello caricato</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motore</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>Modello di chat: {model}, {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>verifica di quale modello di chat questo computer genera in modo fluido...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (incluso)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>Apri modello...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>Apri cartella del modello (onnxruntime-genai, MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Apri un modello GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>Apri una cartella di modello onnxruntime-genai o MLC</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto misura i motori una sola volta su un nuovo computer)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>caricamento di {model}...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> ({model} rimane in uso)</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Chiedi qualsiasi cosa. Enter invia, Shift+Enter va a capo.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risponde</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>un modello linguistico su questo laptop</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>Il salvataggio della cronologia chat è ripreso</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>Temperatura (0 = deterministica)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Invia (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Interrompi la risposta (Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>Rispondi di nuovo all&apos;ultimo messaggio (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Inizia una nuova conversazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Copia l&apos;ultima risposta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>Modello di chat pronto: {model} su {device}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>Il modello è ancora in caricamento; il messaggio resta nella casella di testo</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>lettura della domanda...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>generazione in corso · {rate} token/s in media · 95% dei token entro {ms} ms · {tokens} token</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>alla prima parola</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>La risposta si è fermata: è stato caricato un altro modello</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>Verifica delle domande dello stand a cui questo modello risponde correttamente...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Risposta copiata</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU vs acceleratore (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 vs INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>Confronto: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>caricamento...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>Caricamento e riscaldamento di entrambi i lati...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Nessun secondo dispositivo</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>energia: misura del consumo a riposo, nulla in esecuzione (mancano {seconds} s)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>energia: misura di {side} da solo (mancano {seconds} s)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>{watts} W ora</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} usa {ratio}x meno energia per fotogramma ({low} contro {high} mJ, media su {seconds} s ciascuno, {idle} W a riposo sottratti)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>energia: {side} consuma {mj} mJ per fotogramma ({watts} W oltre i {idle} W a riposo, media su {seconds} s)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>energia: troppo vicina al consumo a riposo per misurarla ({idle} W a riposo, media su {seconds} s)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>energia: alimentato dalla rete, scollega il caricatore per misurarla</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>energia: solo un amministratore può leggere i contatori di potenza di questo computer</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>energia: la lettura della potenza si è interrotta prima di ottenere il valore</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>energia: questo computer non indica il suo consumo</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · niente con cui confrontarlo su questo computer · {frames} fotogrammi</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>accelerazione {speedup}x · concordanza {agreement} · {frames} fotogrammi</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>Dove gira il modello: Auto sceglie NPU, poi GPU, poi CPU; «NPU migliore» il provider migliore di un tipo di dispositivo; oppure un provider preciso</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} decide da sé dove far girare il modello</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>{device} migliore</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name} (non trovato su questo computer)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>Registro eventi</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>Nessun problema in questa sessione.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>Salvato anche in {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>Impossibile scrivere nella cartella dei log: gli eventi restano solo qui</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>In tre brevi punti elenco, perché eseguire l’IA su un portatile protegge la privacy?</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN per uscire dalla modalità chiosco (Esc annulla)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN errato. PIN per uscire dalla modalità chiosco (Esc annulla)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>Funziona su questo laptop. Nessun dato ne esce. Scansiona per saperne di più.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amarico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabo</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>assamese</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azerbaigiano</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>baschiro</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>bielorusso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgaro</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>bengalese</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>tibetano</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>bretone</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bosniaco</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalano</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>ceco</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>gallese</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>greco</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spagnolo</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estone</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basco</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persiano</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finlandese</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>faroese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galiziano</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>hausa</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>hawaiano</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croato</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>creolo haitiano</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ungherese</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armeno</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonesiano</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>giapponese</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>giavanese</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazako</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>khmer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>lussemburghese</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>lao</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>lettone</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>malgascio</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>maori</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macedone</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>mongolo</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>marathi</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malese</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltese</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birmano</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>nepalese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>norvegese nynorsk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvegese</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitano</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>punjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polacco</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pashto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portoghese</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>sanscrito</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>sindhi</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>singalese</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovacco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>sloveno</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalo</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanese</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbo</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>sundanese</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svedese</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>tagico</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thailandese</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>turcomanno</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalog</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>tataro</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraino</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>uzbeco</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>yiddish</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>yoruba</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>cinese</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Rilevamento di oggetti dal vivo, trascrizione vocale e un assistente di chat che funzionano interamente su questo computer, sul miglior acceleratore disponibile (NPU, poi GPU, poi CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nulla viene inviato in rete. I fotogrammi non lasciano mai questo computer.&lt;/p&gt;&lt;p&gt;Modelli: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai o llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai o faster-whisper; vosk (Apache-2.0) con un modello vosk, se installato. La cronologia delle chat resta in un file SQLite locale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>Memoria usata ora da questa app e dai processi dei suoi motori, modelli inclusi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Tutto funziona su questo computer.&lt;/b&gt; Nulla di ciò che mostri, dici o scrivi viene inviato altrove: nessun account, nessun cloud, nessuna telemetria. Impostazioni: &lt;code&gt;{settings}&lt;/code&gt;; cronologia chat: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>Non mostrare più questa nota</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>&amp;Apri video o immagine...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>Apri &amp;modello di rilevamento...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>Usa il rilevatore &amp;integrato</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>Salva &amp;istantanea</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Esporta report...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Visione</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>V&amp;oce</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>&amp;Dashboard (tutti e tre)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>&amp;Avvia / ferma rilevamento</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>Co&amp;nfronta CPU e acceleratore</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>Confronta FP32 e &amp;INT8</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>Confronta le &amp;risposte: CPU contro acceleratore</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>Confronta le risposte: llama.cpp contro onnxruntime-&amp;genai</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>Confronta le &amp;trascrizioni: CPU contro acceleratore</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>Confronta le trascrizioni: faster-&amp;whisper contro onnxruntime-genai</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>Finestra so&amp;ttotitoli in tempo reale</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>Modalità &amp;chiosco (stand)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Registro eventi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la lingua di sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>Dal prossimo avvio la lingua della finestra sarà: {language}.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>Esporta il report della sessione in...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>Scrittura del report in {folder}...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Report salvato: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>Memoria {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>Informazioni su {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modalità chiosco</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>La dashboard riempie questo schermo, menu e schede sono nascosti e le demo si avviano da sole quando non c&apos;è nessuno allo stand. Esci con {chord} (e il PIN, se impostato): l&apos;app quindi si chiude.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>Rete: verifica in corso...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>Rete: sconosciuta</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>Impossibile leggere dal sistema operativo le connessioni di questa app: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>Rete: 0 connessioni</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>Letto dal sistema operativo ogni 2 s: {processes} processo/i di questa app non hanno alcuna connessione Internet, né aperta né in ascolto.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>Rete: 1 connessione: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>Rete: {count} connessioni: {first} (+{more} altre)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>bicicletta</translation>
    </message>
    <message>
        <source>car</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>aereo</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>autobus</translation>
    </message>
    <message>
        <source>train</source>
        <translation>treno</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>camion</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>barca</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>semaforo</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>idrante</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>segnale di stop</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>parchimetro</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>panchina</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>uccello</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>gatto</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>cane</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>cavallo</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>pecora</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>mucca</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>elefante</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>orso</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>zebra</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>giraffa</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>zaino</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>ombrello</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>borsetta</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>cravatta</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>valigia</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>frisbee</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>sci</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>snowboard</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>palla</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>aquilone</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>mazza da baseball</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>guantone da baseball</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>skateboard</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>tavola da surf</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>racchetta da tennis</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>bottiglia</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>bicchiere da vino</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>tazza</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>forchetta</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>coltello</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>cucchiaio</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>ciotola</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>banana</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>mela</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>panino</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>arancia</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>broccoli</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>carota</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>hot dog</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>ciambella</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>torta</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sedia</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>divano</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>pianta in vaso</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>letto</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>tavolo da pranzo</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>water</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>televisore</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>portatile</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>mouse</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>telecomando</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>tastiera</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>microonde</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>forno</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>tostapane</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>lavandino</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>frigorifero</translation>
    </message>
    <message>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>orologio</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>vaso</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>forbici</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>orsacchiotto</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>asciugacapelli</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>spazzolino</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>Tutte le pipeline insieme: la schermata per le fiere (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}: al suo posto viene mostrato il video dimostrativo</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Fotocamera {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>Nessuna fotocamera con indice {index}</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>scegli un&apos;altra fotocamera o il video dimostrativo</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} non invia più immagini (scollegata o in uso da un&apos;altra app?)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Immagine non trovata: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>L&apos;immagine non è un file: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>L&apos;immagine è vuota: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>File video non trovato: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>Il video non è un file: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>Il file video è vuoto: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>Non è un&apos;immagine che OpenCV sa decodificare (troncata o di un altro formato?): {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>Non è un video che OpenCV sa aprire: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>Il file video non ha fotogrammi che OpenCV sa decodificare: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>Il file video ha smesso di fornire fotogrammi (danneggiato?): {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>Il file video è scomparso durante la riproduzione: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>nessuna versione di {package} per {platform}</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} non è installato</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>nessun motore vocale: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>nessun motore di chat: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>Il motore {engine} non può funzionare su questo computer: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}: al suo posto viene riprodotta la registrazione dimostrativa</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>L&apos;ingresso audio non è disponibile: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>File audio non trovato: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>Il file audio è vuoto o non è un file: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>Il file audio è troncato ({present} di {size} byte di dati): {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>Nessuna traccia audio in {path}</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>Non è un file audio che FFmpeg sa decodificare: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>riproduci invece la registrazione dimostrativa</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>Impossibile aprire il microfono ({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>forse è in uso da un&apos;altra app; prova la registrazione dimostrativa</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>Il microfono «{name}» non invia più audio (scollegato?)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>le parole trascritte finora restano; prova la registrazione dimostrativa</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>nessun microfono trovato</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM non è installato ({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM richiede una cartella di modello compilato</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>aprine una con Apri cartella del modello... (--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>il motore per cui è fatto questo file di modello</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} non è una cartella di modello di chat</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>scegli un file GGUF per llama.cpp, una cartella onnxruntime-genai con genai_config.json o una cartella MLC LLM compilata con mlc-chat-config.json</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai lo esegue sulla {accelerator}</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>l’unico motore installato per esso</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>l’altro motore qui non può eseguirlo ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>il più veloce qui sulla CPU (misurato una volta: {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} nodi</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>rigoroso</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>per lo più sulla CPU: la {device} ({provider}) ha eseguito {ran} nodi su {total}, il {share} del tempo</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>ripiego da {fallbacks}</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>vero streaming con il modello vosk inglese</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>Nessun modello vosk inglese installato</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>apri una cartella di modello vosk (--model DIR) o usa Whisper (--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} non è una cartella di modello vocale</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>scegliere una cartella di modello vosk (con am/ e conf/), una di faster-whisper (model.bin, config.json) o un Whisper onnxruntime-genai (genai_config.json)</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>{count} messaggio/i più vecchio/i omesso/i per stare nel contesto</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>il suo messaggio è stato troncato per stare nel contesto</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>sto pensando...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>interrotto: la risposta è stata troncata</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>fermato: il modello ha iniziato a ripetersi</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>primo token {ms} ms · {rate} token/s · {tokens} token · {engine} su {device}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>fermato al limite di {tokens} token</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>Nessuna NPU o GPU che questa app possa usare su questo computer: la CPU è l’unico dispositivo qui</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>La pipeline «{pipeline}» non ha prodotto nulla per {seconds} s</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>motore di chat</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>Il {name} è stato chiuso</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>Il lavoro del {name} è stato fermato</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>Il {name} non ha risposto per {seconds} s ed è stato fermato</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>Il {name} si è fermato inaspettatamente ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>motore vocale</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>era atteso un file GGUF</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>Non è un modello GGUF: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp richiede un file .gguf</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} richiede circa {needed} GiB, ma solo {free} GiB di memoria sono liberi</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>chiudere altre app o scegliere un modello più piccolo</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp non è riuscito a caricare {path}</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} non è un rilevatore che questa app sa decodificare (architettura &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>era atteso un modello ONNX creato da &apos;edge-showcase models build&apos; ({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>era attesa una cartella di modello onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} non contiene {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>non è una cartella di modello onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>In {folder} manca {part} ({file})</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>ricrearlo o scaricarlo di nuovo</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} non è un modello ONNX valido (danneggiato o troncato)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>File del modello non trovato: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>Cartella del modello non trovata: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>eseguire &apos;edge-showcase models build&apos; o sceglierne un altro</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>Il percorso del modello non è una cartella: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>Il percorso del modello non è un file: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>Il file del modello è vuoto: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>era atteso un modello ONNX</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} non è ancora stato creato ({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>eseguire una volta &apos;edge-showcase models build&apos;</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} non corrisponde al checksum registrato quando è stato creato (danneggiato?)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>eseguire &apos;edge-showcase models build --force&apos;</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>Cartella del modello vosk non trovata: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>era attesa una cartella con am/, conf/, graph/</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} non è una cartella di modello vosk (manca {missing})</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>scaricare un modello dalla pagina dei modelli vosk</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk non è riuscito a caricare il modello in {folder} (un file mancante o danneggiato?)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk non sa tradurre</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>usa un motore Whisper per tradurre in inglese</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>Questo modello vosk capisce solo {language}, non {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>usa un motore Whisper, o un modello vosk di quella lingua</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Cartella del modello Whisper non trovata: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>eseguire &apos;edge-showcase models build&apos; o scegliere una cartella faster-whisper</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} non è una cartella di modello faster-whisper (manca {missing})</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper non è riuscito a caricare {folder} (danneggiato?)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>Impossibile leggere {path} ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>Impossibile salvare {path} ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>scegli un&apos;altra cartella o libera spazio</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>Questo modello Whisper conosce solo l&apos;inglese</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>scegli un modello Whisper multilingue</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} non può scegliere la lingua</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>usa un motore Whisper</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} decide da sé dove far girare il modello: non può usare un dispositivo scelto</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>lascia che il motore scelga il dispositivo (Auto: niente --provider né --device), oppure usa un modello onnxruntime-genai</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} non è disponibile su questo computer</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>Nessuna {device} utilizzabile da questa app su questo computer</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>scegli Auto o uno presente qui: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>l&apos;unico modello di chat disponibile</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>il miglior modello che questo computer genera in modo fluido: {rate} (fluido da {fluent})</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>nessun modello raggiunge qui {fluent}; il più veloce: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>Microfono, registrazione demo o un file audio</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>Auto: vosk con un modello inglese, altrimenti il motore Whisper che usa la NPU / GPU, altrimenti il più veloce qui; Whisper in onnxruntime-genai (NPU / GPU / CPU) o faster-whisper; vosk; oppure una cartella di modello</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>Nessun modello vosk inglese installato (i programmi di installazione ne includono uno)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>Apri cartella del modello...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>La lingua parlata: Auto la rileva in ogni frase; una lingua fissa salta il rilevamento (Whisper; vosk sente la lingua del proprio modello)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>Auto (rileva)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traduci in inglese</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Traduzione di Whisper: sottotitoli in inglese qualunque sia la lingua parlata</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motore</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>Registrazione demo (LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>Microfono: predefinito di sistema</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Microfono: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>Apri file audio...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>Voce: il microfono scelto l&apos;ultima volta non è collegato; è scelta la registrazione demo</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>Voce: {reason}; la registrazione demo funziona anche senza</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Apri un file audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>Apri una cartella di modello vosk, faster-whisper o Whisper per onnxruntime-genai</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper contro onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>Confronta le trascrizioni: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>Ascolta di nuovo</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>Entrambi i lati ascoltano di nuovo la registrazione demo</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · tasso di errore sulle parole {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} l&apos;ha ascoltato {ratio}x più velocemente di {slow} (RTF {fast_rtf} contro {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>Ascolto della registrazione demo, un lato dopo l&apos;altro...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>parziale: {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>finale dopo il parlato: {latency}</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>{seconds} s ascoltati</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>più lento del tempo reale</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → inglese</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>lingua scelta</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>rilevata {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>al testo finale</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>più veloce del tempo reale</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>dalla voce al testo, mentre si parla</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>Il salvataggio della trascrizione è ripreso</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>Avvia o ferma l&apos;ascolto (Space)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>Premi per parlare: disattivato</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>Se attivo, il microfono si sente solo mentre F8 è premuto (i file e la demo si ascoltano per intero)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copia la trascrizione</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>Cancella la trascrizione</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Salva...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>Salva come .txt o come sottotitoli .srt (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sottotitoli</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>Sottotitoli grandi in tempo reale in una finestra separata (F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>Riproduci registrazione demo</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>Trascrivi la registrazione inclusa con la stessa pipeline</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>non in ascolto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto misura i motori una sola volta su un nuovo computer)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>caricamento del modello vocale...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>caricato in {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}, in ascolto...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>Voce: {engine}, {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>Premi per parlare: attivo (tieni premuto F8)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Trascrizione copiata</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>Eliminare tutte le {count} frasi da questo computer?</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Salva la trascrizione</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>Testo (*.txt);;Sottotitoli (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>Trascrizione salvata in {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>Salvataggio della trascrizione in {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — le parole trascritte finora vengono conservate.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU contro acceleratore</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>caricamento...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>Caricamento di entrambi i lati...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>Solo la CPU qui: niente con cui confrontarla su questa macchina</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Nessun secondo dispositivo</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline} non è disponibile su questo computer&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;Le altre pipeline funzionano normalmente.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>Da dove arrivano i fotogrammi (Ctrl+O apre un file)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Rigoroso</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>Solo acceleratore: un provider che non può eseguire da solo ogni nodo viene saltato invece di passare nodi alla CPU (per le demo che non devono ripiegare in silenzio)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>Precisione del rilevatore integrato: Auto assegna INT8 alle NPU, FP32 alle GPU e INT8 alla CPU dove è risultato più veloce e concorde con FP32</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>Soglia di punteggio ([ e ] la regolano)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU: i riquadri della stessa classe che si sovrappongono più di questo valore vengono uniti</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>Video demo (passanti)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Fotocamera {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>Apri file...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>Fotocamere trovate: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>Apri un video o un&apos;immagine</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Video e immagini (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>Soglia {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>attesa cattura</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>preelaborazione</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inferenza</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>decodifica+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>disegno</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>cattura-&gt;esito</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>elaborazione {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possibili · {shown} FPS mostrati</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (ritmo della sorgente)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ultimo</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>fotogrammi scartati {count} (vince il più recente)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · riscaldamento {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>caricamento del modello...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>per fotogramma</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>fotogrammi/s possibili</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>Vede</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>oggetti nel video dal vivo</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>Il salvataggio delle istantanee è ripreso</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>Avvia o ferma il rilevamento (Space)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Istantanea</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>Salva il fotogramma annotato come PNG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>Apri un rilevatore ONNX</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>Rilevatori ONNX (*.onnx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>Caricamento del modello e riscaldamento del provider...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{model} su {device}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>In attesa del primo fotogramma...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (resta il modello precedente)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>Ancora nessun fotogramma da salvare</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Istantanea salvata: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>Passato al provider CPU e al video demo.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. L&apos;errore si ripete, quindi non viene più riavviato. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}; riavvio tra {seconds} s</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>Scegli un modello più piccolo, un altro motore o Auto nell&apos;elenco dei dispositivi per riprovare.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>Passato alla registrazione demo, sul dispositivo scelto da Auto.</translation>
    </message>
</context>
</TS>
