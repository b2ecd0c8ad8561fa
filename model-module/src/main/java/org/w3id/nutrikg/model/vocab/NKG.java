// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NutriKG ontology (TBox), {@code https://w3id.org/nutrikg/ontology#}: a constant for every class and
 * property of ontology/nutrikg.ttl, each documented with its definition. VocabularyContractTest keeps this
 * class and the ontology in step.
 */
public final class NKG {

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/nutrikg/ontology#";
    /** The namespace as a string, in the form of Jena's vocabulary classes. */
    public static final String NAMESPACE = NS;
    /** The ontology's own IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/nutrikg/ontology";

    private NKG() {
    }

    /** The namespace of the ontology's terms. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes

    /** A part of the body, from an organ or a tissue down to a cell or a part of a cell, such as a nerve, a muscle, a red blood cell or the myelin sheath. */
    public static final Resource AnatomicalEntity = resource("AnatomicalEntity");

    /** A food that comes from animals, such as meat, fish, eggs or dairy. */
    public static final Resource AnimalProduct = resource("AnimalProduct");

    /** A process or function of the body that a nutrient can support, such as myelin sheath maintenance, red blood cell formation or muscle relaxation. */
    public static final Resource BodyFunction = resource("BodyFunction");

    /** Anything stated to be able to cause a symptom or a condition: the domain of the property can cause. */
    public static final Resource Cause = resource("Cause");

    /** One sourced statement that links two individuals: its subject, predicate and object, the verbatim evidence quoted from the source, the qualifiers the source gives, and the source it was derived from. */
    public static final Resource Claim = resource("Claim");

    /** A state of health, such as a nutrient deficiency, a disease or dehydration, that can have symptoms. */
    public static final Resource Condition = resource("Condition");

    /** A habitual way of eating, such as a vegan, a vegetarian or a poor diet, that can cause a condition. */
    public static final Resource Diet = resource("Diet");

    /** A condition that is a disease or disorder, such as pernicious anemia, Crohn's disease or diabetes. */
    public static final Resource Disease = resource("Disease");

    /** A mineral that carries an electric charge in body fluids and is needed for nerve and muscle function, such as magnesium, potassium or sodium. */
    public static final Resource Electrolyte = resource("Electrolyte");

    /** A food or a group of foods that people eat, such as bananas, spinach, fortified cereals or nutritional yeast. */
    public static final Resource Food = resource("Food");

    /** Something done or taken to diagnose, treat, prevent or relieve a condition or a symptom, such as a blood test, supplementation, hydration or stretching. */
    public static final Resource Intervention = resource("Intervention");

    /** A drug or a group of drugs, such as diuretic medications, that can cause a condition or a symptom. */
    public static final Resource Medication = resource("Medication");

    /** A nutrient that is a chemical element or its ion, as opposed to an organic vitamin. */
    public static final Resource Mineral = resource("Mineral");

    /** A substance in food that the body needs to function, such as a vitamin or a mineral. */
    public static final Resource Nutrient = resource("Nutrient");

    /** The amount of one nutrient in one serving of one food, with its unit, the percent of the daily value it provides, the daily value that percentage refers to, and its source. */
    public static final Resource NutrientContent = resource("NutrientContent");

    /** A condition in which the body has too little of a nutrient, such as vitamin B12 deficiency or hypokalemia. */
    public static final Resource NutrientDeficiency = resource("NutrientDeficiency");

    /** A state or process of the body that is neither a condition nor a symptom, such as aging or excessive sweating, and that can cause a condition or a symptom. */
    public static final Resource PhysiologicalFactor = resource("PhysiologicalFactor");

    /** A food that comes from plants, such as leafy greens, nuts, seeds, legumes or whole grains. */
    public static final Resource PlantFood = resource("PlantFood");

    /** A group of people who share a characteristic, such as a diet or an age, that can put them at risk of a condition. */
    public static final Resource PopulationGroup = resource("PopulationGroup");

    /** A reference value for the intake of one nutrient (an RDA, AI, UL, CDRR or daily value) for one life stage and sex, with its amount, unit and source. */
    public static final Resource ReferenceIntake = resource("ReferenceIntake");

    /** A document that claims are derived from, such as an article or a fact sheet. */
    public static final Resource Source = resource("Source");

    /** A sign or symptom that a person can experience, such as a muscle cramp, fatigue, tingling or a sore tongue. */
    public static final Resource Symptom = resource("Symptom");

    /** An organic nutrient that the body needs in small amounts, such as vitamin B12, B1 or B6. */
    public static final Resource Vitamin = resource("Vitamin");

    // Object properties

    /** The population group is at a higher risk of the condition. */
    public static final Property atRiskOf = property("atRiskOf");

    /** The condition or symptom can be caused by the cause; the inverse of can cause. */
    public static final Property canBeCausedBy = property("canBeCausedBy");

    /** The cause can bring about the condition or symptom. States a possibility, not a certainty. */
    public static final Property canCause = property("canCause");

    /** The body function is one of the processes that the other body function depends on, for example energy production for muscle contraction. */
    public static final Property contributesTo = property("contributesTo");

    /** The daily value that the percent daily value of the nutrient content refers to. */
    public static final Property dailyValueBasis = property("dailyValueBasis");

    /** The condition can harm the anatomical entity, so that the entity no longer does its work as well, for example vitamin B12 deficiency and the myelin sheath. */
    public static final Property damages = property("damages");

    /** The nutrient deficiency is a lack of the nutrient. */
    public static final Property deficiencyOf = property("deficiencyOf");

    /** The intervention can confirm or rule out the condition. */
    public static final Property diagnoses = property("diagnoses");

    /** The food whose nutrient content this is. */
    public static final Property food = property("food");

    /** The food provides the nutrient. */
    public static final Property foodSourceOf = property("foodSourceOf");

    /** The intervention or nutrient, for example at a high dose, can cause the harmful condition or symptom. */
    public static final Property hasAdverseEffect = property("hasAdverseEffect");

    /** The group of nutrients, supplement or combination contains the nutrient. */
    public static final Property hasComponent = property("hasComponent");

    /** The nutrient deficiency is a lack of the nutrient; the inverse of deficiency of. */
    public static final Property hasDeficiency = property("hasDeficiency");

    /** The nutrient is provided by the food; the inverse of food source of. */
    public static final Property hasFoodSource = property("hasFoodSource");

    /** The condition can show the symptom. A symptom of a condition is something the condition can cause. */
    public static final Property hasSymptom = property("hasSymptom");

    /** The condition is a level of the nutrient in the body that is too low or too high, or out of proportion with other nutrients. */
    public static final Property imbalanceOf = property("imbalanceOf");

    /** When the body function is impaired, the condition or symptom can follow, for example muscle cramps when nerve signal transmission is impaired. */
    public static final Property impairmentCanCause = property("impairmentCanCause");

    /** The condition can weaken or disrupt the body function. */
    public static final Property impairs = property("impairs");

    /** The food belongs to the broader food group, for example salmon to fish. Transitive. */
    public static final Property inFoodGroup = property("inFoodGroup");

    /** The dietary intervention includes the food. */
    public static final Property includesFood = property("includesFood");

    /** The body function takes place in, acts on or produces the anatomical entity, for example red blood cell formation and red blood cells. */
    public static final Property involves = property("involves");

    /** The anatomical entity can be harmed by the condition; the inverse of damages. */
    public static final Property isDamagedBy = property("isDamagedBy");

    /** The body function can be weakened or disrupted by the condition; the inverse of impairs. */
    public static final Property isImpairedBy = property("isImpairedBy");

    /** The anatomical entity is where the body function takes place, what it acts on or what it produces; the inverse of involves. */
    public static final Property isInvolvedIn = property("isInvolvedIn");

    /** The body function is supported by the nutrient; the inverse of supports function. */
    public static final Property isSupportedBy = property("isSupportedBy");

    /** The symptom can be shown by the condition; the inverse of has symptom. */
    public static final Property isSymptomOf = property("isSymptomOf");

    /** The nutrient that the reference intake or the nutrient content is about. */
    public static final Property nutrient = property("nutrient");

    /** The food is a suitable choice for the population group, for example as a source of a nutrient that the group's usual diet provides little of. */
    public static final Property optionFor = property("optionFor");

    /** The intervention helps to keep the condition or symptom from occurring. */
    public static final Property prevents = property("prevents");

    /** The source advises the intervention for people who have the condition or the symptom, for example seeing a healthcare provider about persistent cramps. */
    public static final Property recommendedFor = property("recommendedFor");

    /** The intervention eases or stops the symptom, for example a muscle cramp, when it occurs. */
    public static final Property relieves = property("relieves");

    /** The symptom or condition is a more specific form of the broader one, for example a leg cramp of a muscle cramp, or diabetes of an underlying medical condition. Transitive. */
    public static final Property specificFormOf = property("specificFormOf");

    /** The nutrient is needed for, or contributes to, the body function. */
    public static final Property supportsFunction = property("supportsFunction");

    /** The anatomical entity wraps around the other anatomical entity, for example the myelin sheath around nerve fibres. */
    public static final Property surrounds = property("surrounds");

    /** The intervention can correct or help the condition. */
    public static final Property treats = property("treats");

    /** The QUDT unit of the amounts of the reference intake or the nutrient content, for example unit:MicroGM or unit:MilliGM. */
    public static final Property unit = property("unit");

    // Datatype properties

    /** The date on which the source was read for NutriKG. */
    public static final Property accessedOn = property("accessedOn");

    /** The amount, in the unit given by unit, of the reference intake or the nutrient content. */
    public static final Property amount = property("amount");

    /** What the source compares the link of the claim with, in its words, for example more effective than vitamin B12 alone. */
    public static final Property comparison = property("comparison");

    /** The circumstance that the source limits the link of the claim to, in its words, for example only when a deficiency has been diagnosed. */
    public static final Property conditionOfUse = property("conditionOfUse");

    /** How directly the subject of the claim acts on its object, in the words of the source, for example direct. */
    public static final Property directness = property("directness");

    /** How the source qualifies the evidence behind the claim, in its words, for example according to research or some studies show. */
    public static final Property evidenceLevel = property("evidenceLevel");

    /** A verbatim sentence, or a contiguous part of one, of the source that states the claim. */
    public static final Property evidenceQuote = property("evidenceQuote");

    /** How common the link of the claim is, in the words of the source, for example common, frequent or lesser-known. */
    public static final Property frequency = property("frequency");

    /** The kind of reference intake: RDA, AI, UL, CDRR or DV. */
    public static final Property intakeKind = property("intakeKind");

    /** What intake the reference value covers when the source restricts it, as the source words it, for example supplemental magnesium only, excluding food and water. */
    public static final Property intakeScope = property("intakeScope");

    /** The life stage, as the source words it, that the reference intake applies to. */
    public static final Property lifeStage = property("lifeStage");

    /** The upper end of an amount that the source gives as a range. */
    public static final Property maxAmount = property("maxAmount");

    /** The upper end of a percent daily value that the source gives as a range. */
    public static final Property maxPercentDailyValue = property("maxPercentDailyValue");

    /** The lower end of an amount that the source gives as a range. */
    public static final Property minAmount = property("minAmount");

    /** The lower end of a percent daily value that the source gives as a range. */
    public static final Property minPercentDailyValue = property("minPercentDailyValue");

    /** The percentage of the daily value, named by daily value basis, that one serving provides. */
    public static final Property percentDailyValue = property("percentDailyValue");

    /** The weight the source gives the link of the claim among the links of its kind, in its words, for example primary or also. */
    public static final Property rank = property("rank");

    /** The serving that the nutrient content refers to, as the source words it, for example 3 ounces. */
    public static final Property servingSize = property("servingSize");

    /** How far the subject of the claim must go for the link to hold, in the words of the source, for example very low levels or high doses. */
    public static final Property severity = property("severity");

    /** The sex that the reference intake applies to: female, male or both. */
    public static final Property sex = property("sex");

    /** The web address where the source can be read. */
    public static final Property sourceAddress = property("sourceAddress");

    /** The column heading of the table cell that the evidence quote of the claim is taken from, for a cell that names neither the subject nor the object. */
    public static final Property tableColumn = property("tableColumn");

    /** The row heading of the table cell that the evidence quote of the claim is taken from, for a cell that names neither the subject nor the object. */
    public static final Property tableRow = property("tableRow");

    // Annotation properties

    /** The pattern from which the label of every claim with this property as its predicate is made: {subject} and {object} stand for the English labels of the claim's subject and object. */
    public static final Property claimLabelTemplate = property("claimLabelTemplate");

    /** The individual that the claim links its subject to. */
    public static final Property object = property("object");

    /** The property that the claim states between its subject and its object. */
    public static final Property predicate = property("predicate");

    /** The individual that the claim is about. */
    public static final Property subject = property("subject");
}
