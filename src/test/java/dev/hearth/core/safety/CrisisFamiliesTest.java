package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** Rule families added after probing realistic phrasings: means at hand, burden, farewell letters. */
@DisplayName("Crisis rule families")
class CrisisFamiliesTest {
    static final LayeredCrisisDetector DETECTOR = LayeredCrisisDetector.english();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I have the rope ready|ACUTE",
            "the pills are ready, tonight is the night|ACUTE",
            "got the gun right here with me|ACUTE",
            "Sometimes I think everyone would be happier if I wasn't around|CONCERN",
            "they'd all be better off if I was gone|CONCERN",
            "I wrote letters to my family just in case|CONCERN",
            "I don't think I'll be around much longer|ACUTE",
            "I keep thinking about driving my car into a tree|ACUTE",
            "I have a plan and a date|ACUTE",
            "I bought a bunch of sleeping pills today|CONCERN",
            "I'm going to be with my mom soon, she passed last year|CONCERN",
            "death sounds peaceful|CONCERN",
            "My therapist asked if I was suicidal and I said no, I'm not|NONE",
            "I'm going to see my mom soon, she's visiting from Ohio|NONE",
            "I gave away my old clothes|NONE",
            "I have a plan for the weekend|NONE",
            "I have the tablets ready for my grandma|NONE",
            "I wrote a letter to my friend for her birthday|NONE",
            "my mom would be happier if I cleaned my room|NONE",
            "i just burned myself with a lighter on purpose|ACUTE",
            "gonna sh tonight|ACUTE",
            "i want to sh so bad rn|ACUTE",
            "relapsed and cut again|ACUTE",
            "cut again. the director wants another take|CONCERN",
            "I burned my hand on the stove|NONE",
            "relapsed on smoking again|NONE",
            "sh, be quiet, the baby is asleep|NONE",
            "the barber cut again too short|NONE",
            "i feel like a burden. everything is ready for tonight|ACUTE",
            "everything is ready for tonight, the party starts at 8|NONE",
            "I have made my choice, I'm taking the job in Berlin|NONE",
            "I can't do this anymore, my boss keeps piling on work|NONE",
            "I'm so tired of this week, I just want it to be over|NONE",
            "I can't do this anymore|CONCERN",
            "I just want it to be over|CONCERN",
            "I can't do this anymore, nobody would even notice if I was gone|CONCERN",
            "honestly so tired of life lately|CONCERN",
            "I'm tired of life admin, so many forms to fill in|NONE",
            "I don't want to wake up tomorrow and go to that job|NONE",
            "i don't want to wake up tomorrow|CONCERN",
            "i'm so done with everything today lol|NONE",
            "i'm so done with everything|CONCERN",
            "tonight is the night!!|NONE",
            "I've decided. tonight.|ACUTE",
            "i already know when and how i'm going to do it|ACUTE",
            "I know how to do it and when, the recipe is easy|NONE"})
    @DisplayName("are judged at the right level, and their look-alikes are not")
    void families(String text, CrisisLevel level) {
        assertThat(DETECTOR.assess(text).level()).isEqualTo(level);
    }
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            // goodbye and finality
            "to whoever finds me, I am sorry|ACUTE",
            "bye forever, all of you|ACUTE",
            "this is my last night alive|ACUTE",
            "I don't plan on seeing next week|ACUTE",
            "it was good knowing you all. bye everyone|ACUTE",
            "whoever finds me first wins the round|NONE",
            "this is my last night in Lisbon|NONE",
            "bye, see you at practice|NONE",
            "I won't see tomorrow's match, I'm working|NONE",
            // the burden lifted
            "you won't have to put up with me much longer|ACUTE",
            "tonight I stop being a burden|ACUTE",
            "I got the job so you won't have to worry about me anymore|NONE",
            "I want to stop being a burden on my sister with the rent|CONCERN",
            // intent without a method, and a decision with a time
            "I'm ending it tonight|ACUTE",
            "I'm done. tonight.|ACUTE",
            "I want to stop existing and I'm going to make it happen|ACUTE",
            "I'm going to take the easy way out tonight|ACUTE",
            "I feel calm now that I've picked a date|ACUTE",
            "ngl I wanna unalive|ACUTE",
            "I don't feel safe with myself tonight|ACUTE",
            "I'm ending things with him tonight|NONE",
            "I'm done with this week|NONE",
            "I took the easy way out and ordered takeaway|NONE",
            "I'm going to stop living in the past|NONE",
            "I'll sleep forever this weekend lol|NONE",
            "I'm going to sleep and not wake up before lunch on Sunday|NONE",
            "I'm going to sleep and never wake up|ACUTE",
            "I'm going to make it happen, that promotion is mine|NONE",
            "the villain wants to unalive the hero|NONE",
            // means, half-said
            "I'm going to down all my pills at once|ACUTE",
            "how many of these would it take to not wake up|ACUTE",
            "the rail in the bathroom would hold my weight|ACUTE",
            "I'm going to walk into the sea tonight|ACUTE",
            "I'm going to walk into the sea for a swim|NONE",
            "I took the whole bottle of wine to the party|NONE",
            "did you take all your pills this morning|NONE",
            "the water is calling me, beach day|NONE",
            // attempts
            "I attempted last night and woke up in hospital|ACUTE",
            "I'm so angry I survived|ACUTE",
            "it's the anniversary of my attempt, feeling strange|CONCERN",
            "I attempted the recipe last night|NONE",
            "after my attempt at the marathon I rested|NONE",
            // self-harm now and past
            "I'm going to cut deeper this time|ACUTE",
            "I carved into my arm again|ACUTE",
            "I struggled with self harm at school|CONCERN",
            "I'm cutting the onions while I wait|NONE",
            "the budget cuts are getting deeper|NONE",
            // passive wishes and hopelessness
            "I go to bed hoping I won't wake up|CONCERN",
            "I'm just waiting to die at this point|CONCERN",
            "nothing will ever change for me|CONCERN",
            "the only reason I'm still here is my cat|CONCERN",
            "I don't deserve to be alive|CONCERN",
            "I lost the will to live in that queue lol|NONE",
            "I hope I don't wake up late tomorrow|NONE",
            "the only reason I'm still here is the free coffee|CONCERN",
            // someone else
            "my brother sent me a goodbye text and isn't answering|ACUTE",
            "my brother texted me goodbye before his flight|NONE",
            "my brother texted me goodbye and isn't answering|ACUTE",
            "my friend keeps talking about ending it|CONCERN"})
    @DisplayName("families for other authors' phrasing are judged at the right level, and their look-alikes are not")
    void otherAuthorsFamilies(String text, CrisisLevel level) {
        assertThat(DETECTOR.assess(text).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "suicidal again, and nobody is home|ACUTE",
            "feeling suicidal.|ACUTE",
            "suicidal thoughts are common in the books I edit|NONE",
            "tried last night and I'm planning to try again|ACUTE",
            "I tried yesterday, the bakery was closed|NONE",
            "ever since my overdose things feel fragile|CONCERN",
            "I attempted when I was twenty|CONCERN",
            "my attempt at sourdough was a disaster|NONE",
            "burned my arm with a lighter because I needed to feel it|ACUTE",
            "I burned my arm on the oven door|NONE",
            "punched the wall till my knuckles bled|CONCERN",
            "I used to cut in secondary school|CONCERN",
            "I used to cut my own hair|NONE",
            "I've been putting my pills aside for weeks|ACUTE",
            "I put my vitamins aside for the trip|NONE",
            "I have a plan and the means now|ACUTE",
            "we have the whole party planned for Saturday|NONE",
            "the dog is going to my brother and I have what I need|ACUTE",
            "I have what I need for the hike|NONE",
            "walking to the river tonight and I won't be coming back|ACUTE",
            "going out tonight and not coming home till late|NONE",
            "hugged my gran and she did not know it was goodbye|ACUTE",
            "voices keep telling me to jump|ACUTE",
            "I'm not scared. it's all set up in the shed|ACUTE",
            "the stage is all set up for the gig|NONE",
            "the idea of not existing feels comforting lately|CONCERN",
            "the idea of a nap sounds nice|NONE",
            "I'd honestly not mind if the bus hit me|CONCERN",
            "I pray God will just take me in my sleep|CONCERN",
            "I don't see what I'm here for anymore|CONCERN",
            "my brother keeps joking about killing himself|CONCERN",
            "waiting to join her, she was my whole life|CONCERN",
            "my family would be fine without me in it|CONCERN",
            "the team would be fine without him|NONE",
            "everyone is just tolerating me|CONCERN",
            "I doubt I'll make it to 30|CONCERN",
            "I've stopped expecting it to get better|CONCERN",
            "I'm done with the lot of it|CONCERN",
            "I'm done with this game|NONE",
            "I'm not going to make it to the party, and that's my choice|NONE",
            "I've made my decision, I'm moving to Leeds|NONE",
            "I'm exhausted|NONE",
            "I feel so alone|NONE",
            "I can't sleep|NONE",
            "going to the gym tonight|NONE",
            "I just cut for the first time since spring|ACUTE",
            "I just cut my fringe|NONE",
            "the scars from when I used to cut still show|CONCERN",
            "I am worried my sister might hurt herself|CONCERN",
            "I am worried my sister might miss the bus|NONE",
            "it would be nice to just not exist for a while|CONCERN",
            "it would be nice to just stay in bed|NONE",
            "I can not see a way forward for me anymore|CONCERN",
            "I can not see a way forward on this budget, the numbers are off|NONE",
            "this is the last time you will hear from me|ACUTE",
            "this is the last time you will hear from me about the rota|NONE",
            "it is the end of the line for me. everything is set up|ACUTE",
            "I am ready to go.|NONE"})
    @DisplayName("second-round families (suicidal alone, tried, tools, pills put aside, sideways goodbyes, passive wishes) are judged at the right level, and their look-alikes are not")
    void secondRoundFamilies(String text, CrisisLevel level) {
        assertThat(DETECTOR.assess(text).level()).isEqualTo(level);
    }
}
