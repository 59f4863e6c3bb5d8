import { Caption1, Text } from "@fluentui/react-components";
import { splitErrorText } from "./errorText";

/** An error in a message bar: the sentence, and the code or original message small beneath it. */
export function ErrorText({ text }: { text: string }) {
  const { message, detail } = splitErrorText(text);
  return (
    <>
      <Text block>{message}</Text>
      {detail && (
        <Caption1 block style={{ opacity: 0.75, overflowWrap: "anywhere" }} data-testid="error-detail">
          {detail}
        </Caption1>
      )}
    </>
  );
}
